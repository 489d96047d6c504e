package nnwb.train.ui.internal;

/**
 * TensorBoard's scalar smoothing: an exponential moving average with weight {@code w} in [0, 1), debiased so that
 * the first points are not pulled towards zero (s_t = w·s_{t−1} + (1 − w)·y_t, shown as s_t / (1 − w^t)). Non-finite
 * values are passed through and do not enter the average. Display-free.
 */
public final class Smoothing {

    private Smoothing() {
    }

    /** {@code y} smoothed with weight {@code w} (0 returns a copy). */
    public static double[] of(double[] y, double w) {
        if (w < 0 || w >= 1 || Double.isNaN(w)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + w);
        }
        double[] out = new double[y.length];
        double s = 0;
        double debias = 1;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                out[i] = y[i];
                continue;
            }
            s = w * s + (1 - w) * y[i];
            debias *= w;
            out[i] = s / (1 - debias);
        }
        return out;
    }
}
