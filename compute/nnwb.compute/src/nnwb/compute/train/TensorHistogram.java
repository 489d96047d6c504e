package nnwb.compute.train;

import java.util.Arrays;
import java.util.Objects;

/**
 * A histogram of one parameter tensor of one layer after an epoch: its values, or the gradient of the loss with
 * respect to it at the epoch's last training step. {@link #BINS} equal bins over the histogrammed values' min..max
 * (the last bin holds the max; when min equals max every value is in bin 0). Tensors larger than
 * {@link #MAX_SAMPLE} are sampled deterministically: every {@link #stride(long)}-th value in row-major order, so
 * the counts sum to {@link #sampled()}, not to {@link #size()}. Min, max, mean and std are of the same values.
 *
 * @param layer     the layer's name (e.g. conv1)
 * @param parameter the backend's name of the tensor in the layer (W weights, b biases; batch norm: gamma, beta...)
 * @param kind      values or gradients
 * @param epoch     after which epoch (0: the values at initialisation)
 * @param size      values in the tensor
 * @param sampled   finite values histogrammed (all finite values, or the sample's)
 * @param nonFinite NaN or infinite values seen among those sampled (not in any bin)
 * @param min       smallest histogrammed value (0 when none)
 * @param max       largest histogrammed value (0 when none)
 * @param mean      their mean
 * @param std       their standard deviation (population)
 * @param counts    values per bin
 */
public record TensorHistogram(String layer, String parameter, Kind kind, int epoch, long size, long sampled, long nonFinite,
        double min, double max, double mean, double std, long[] counts) {

    /** Bins per histogram. */
    public static final int BINS = 30;
    /** Values histogrammed per tensor at most. */
    public static final int MAX_SAMPLE = 100_000;

    /** What was histogrammed. */
    public enum Kind {
        /** The parameter's values. */
        VALUES,
        /** The gradient of the loss with respect to it. */
        GRADIENTS;

        /** "values" or "gradients". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TensorHistogram {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(kind, "kind");
        counts = counts.clone();
        if (counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one bin");
        }
        if (Arrays.stream(counts).sum() != sampled) {
            throw new IllegalArgumentException("the bins hold " + Arrays.stream(counts).sum() + " values, not " + sampled);
        }
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Bins. */
    public int bins() {
        return counts.length;
    }

    /** Width of a bin (0 when min equals max). */
    public double binWidth() {
        return (max - min) / counts.length;
    }

    /** "conv1 W" (the tensor's name). */
    public String tensor() {
        return layer + " " + parameter;
    }

    /** The sampling stride for a tensor of {@code size} values: 1 up to {@link #MAX_SAMPLE}, then ceil(size / MAX_SAMPLE). */
    public static long stride(long size) {
        return size <= MAX_SAMPLE ? 1 : (size + MAX_SAMPLE - 1) / MAX_SAMPLE;
    }

    /** The bin of {@code v} among {@code bins} equal bins over [min, max]; max goes in the last bin. */
    public static int bin(double v, double min, double max, int bins) {
        if (!(max > min)) {
            return 0;
        }
        int i = (int) Math.floor((v - min) / (max - min) * bins);
        return Math.max(0, Math.min(bins - 1, i));
    }

    /**
     * The histogram of {@code values} (already sampled: every value here is histogrammed) with {@link #BINS} bins.
     *
     * @param size the tensor's size the values were sampled from
     */
    public static TensorHistogram of(String layer, String parameter, Kind kind, int epoch, long size, float[] values) {
        return of(layer, parameter, kind, epoch, size, values, BINS);
    }

    /** As {@link #of(String, String, Kind, int, long, float[])} with {@code bins} bins. */
    public static TensorHistogram of(String layer, String parameter, Kind kind, int epoch, long size, float[] values, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        long n = 0;
        long bad = 0;
        for (float f : values) {
            if (!Float.isFinite(f)) {
                bad++;
                continue;
            }
            min = Math.min(min, f);
            max = Math.max(max, f);
            sum += f;
            n++;
        }
        if (n == 0) {
            return new TensorHistogram(layer, parameter, kind, epoch, size, 0, bad, 0, 0, 0, 0, new long[bins]);
        }
        double mean = sum / n;
        double sq = 0;
        long[] counts = new long[bins];
        for (float f : values) {
            if (Float.isFinite(f)) {
                sq += (f - mean) * (f - mean);
                counts[bin(f, min, max, bins)]++;
            }
        }
        return new TensorHistogram(layer, parameter, kind, epoch, size, n, bad, min, max, mean, Math.sqrt(sq / n), counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorHistogram h && layer.equals(h.layer) && parameter.equals(h.parameter) && kind == h.kind
                && epoch == h.epoch && size == h.size && sampled == h.sampled && nonFinite == h.nonFinite
                && Double.compare(min, h.min) == 0 && Double.compare(max, h.max) == 0 && Double.compare(mean, h.mean) == 0
                && Double.compare(std, h.std) == 0 && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, parameter, kind, epoch) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return tensor() + " " + kind.label() + " after epoch " + epoch + ": " + sampled + " of " + size + " values in "
                + counts.length + " bins over [" + min + ", " + max + "]";
    }
}
