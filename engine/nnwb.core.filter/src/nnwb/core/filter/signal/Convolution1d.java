package nnwb.core.filter.signal;

/**
 * Full discrete convolution {@code y[n] = sum_i x[i] h[n - i]} of finite signals. The output's first index is
 * the sum of the inputs' first indices, so shifting the input by {@code N} shifts the output by {@code N}.
 */
public final class Convolution1d {

    /** The most multiplications one convolution may take (the product of the two lengths). */
    public static final long MAX_WORK = 200_000_000L;

    /** The widest index range that {@link #over} evaluates. */
    public static final int MAX_RANGE = 1_000_000;

    private Convolution1d() {
    }

    /** The whole output: indices {@code x.first()+h.first() .. x.last()+h.last()}. */
    public static Signal full(Signal x, Signal h) {
        if ((long) x.length() + h.length() - 1 > Signal.MAX_LENGTH) {
            throw new IllegalArgumentException("the convolution would have " + ((long) x.length() + h.length() - 1)
                    + " samples, more than " + Signal.MAX_LENGTH);
        }
        if ((long) x.length() * h.length() > MAX_WORK) {
            throw new IllegalArgumentException("signals of " + x.length() + " and " + h.length()
                    + " samples are too long to convolve directly (product above " + MAX_WORK + ")");
        }
        double[] xv = x.values();
        double[] hv = h.values();
        double[] y = new double[xv.length + hv.length - 1];
        for (int i = 0; i < xv.length; i++) {
            for (int j = 0; j < hv.length; j++) {
                y[i + j] += xv[i] * hv[j];
            }
        }
        return Signal.of(Math.addExact(x.first(), h.first()), y);
    }

    /** The output over {@code from..to} inclusive (zeros outside its support), ready for a plot or JSON. */
    public static Filter1dResult over(Signal x, Signal h, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("index range " + from + ".." + to + " is empty: from must not exceed to");
        }
        if ((long) to - from + 1 > MAX_RANGE) {
            throw new IllegalArgumentException("index range " + from + ".." + to + " has more than " + MAX_RANGE + " indices");
        }
        Signal y = full(x, h);
        int[] indices = new int[to - from + 1];
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = from + k;
            out[k] = y.at(from + k);
        }
        return new Filter1dResult(indices, out);
    }

    /** The output over its own support. */
    public static Filter1dResult over(Signal x, Signal h) {
        Signal y = full(x, h);
        return over(x, h, y.first(), y.last());
    }
}
