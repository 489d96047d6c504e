package nnwb.core.filter.op;

import java.util.Locale;

/** Which of the two operations runs. */
public enum FilterMode {
    /** Cross-correlation: the kernel slides as it is. What deep-learning libraries call convolution. */
    CORRELATION,
    /** True convolution (signal processing): the kernel is flipped by 180 degrees, then slides. */
    CONVOLUTION;

    /** Reads {@code "correlation"} or {@code "convolution"} (also "corr", "conv", "true-convolution"). */
    public static FilterMode parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "correlation", "corr", "cross-correlation", "xcorr" -> CORRELATION;
            case "convolution", "conv", "true-convolution", "true" -> CONVOLUTION;
            default -> throw new IllegalArgumentException("unknown mode '" + text + "'; use correlation or convolution");
        };
    }

    /** Lower-case name for text and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
