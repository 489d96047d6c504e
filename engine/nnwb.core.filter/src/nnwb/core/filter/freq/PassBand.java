package nnwb.core.filter.freq;

/** What a kernel does to frequencies, read from its gain at DC and at Nyquist relative to its peak gain. */
public enum PassBand {
    /** Passes DC (within 3 dB of the peak), cuts Nyquist: a blur. */
    LOW_PASS,
    /** Passes Nyquist, cuts DC: a sharpener or second-derivative filter. */
    HIGH_PASS,
    /** Cuts both DC and Nyquist; the peak lies between: a smoothed derivative such as Sobel. */
    BAND_PASS,
    /** Passes both DC and Nyquist (e.g. the identity). */
    ALL_PASS,
    /** All weights zero: nothing passes. */
    NONE
}
