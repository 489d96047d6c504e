package nnwb.core.filter.grad;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;

/**
 * How the spread of a kernel gradient grows with the image (Berkeley sheet, weights and gradients).
 * <p>
 * Derivation. {@code dW[a,b] = sum over outputs (i,j) of dY[i,j] P[i*sr + a*dr, j*sc + b*dc]}. With all
 * {@code x} and {@code dy} independent, zero-mean, variances {@code sx^2} and {@code sg^2} (no other distribution
 * assumption), every term has mean 0, so {@code E[dW] = 0}. Two terms of different outputs are uncorrelated
 * ({@code E[dy dy'] = 0} for different cells), and a term that reads a zero padding cell is 0, so
 * {@code Var dW[a,b] = sx^2 sg^2 * (number of outputs whose tap (a,b) reads an input cell)}. Without padding at
 * stride 1 every one of the {@code m^2 = (n-k+1)^2} outputs counts: {@code Var = (n-k+1)^2 sx^2 sg^2}, so the
 * standard deviation is {@code (n-k+1) sx sg}: the square root of the number of summed terms, which grows
 * linearly in the image side {@code n} (and linearly in the square root of the pixel count).
 */
public final class GradientSpread {

    /** The largest image side of the experiment. */
    public static final int MAX_N = 512;
    /** The most multiply-adds one measurement may take. */
    public static final long MAX_WORK = 400_000_000L;

    private GradientSpread() {
    }

    /** The closed form without padding at stride 1: {@code (n-k+1) sx sg}. */
    public static double predictedStd(int n, int k, double sigmaX, double sigmaG) {
        if (k < 1 || n < k) {
            throw new IllegalArgumentException("image side " + n + " must be at least the kernel side " + k + " (and k >= 1)");
        }
        return (n - k + 1) * sigmaX * sigmaG;
    }

    /** The standard deviation of every tap of dW for any stride, padding and dilation: {@code sx sg sqrt(count)}. */
    public static Matrix predictedStd(int n, Kernel shape, FilterSpec spec, double sigmaX, double sigmaG) {
        FilterPlan plan = FilterPlan.of(shape, n, n, spec);
        AxisParams ra = spec.rows();
        AxisParams ca = spec.cols();
        return Matrix.generate(shape.rows(), shape.cols(), (a, b) -> {
            long rows = 0;
            long cols = 0;
            for (int i = 0; i < plan.outputRows(); i++) {
                rows += plan.rowSource(i * ra.stride() + a * ra.dilation()) >= 0 ? 1 : 0;
            }
            for (int j = 0; j < plan.outputCols(); j++) {
                cols += plan.colSource(j * ca.stride() + b * ca.dilation()) >= 0 ? 1 : 0;
            }
            return sigmaX * sigmaG * Math.sqrt((double) rows * cols);
        });
    }

    /**
     * Measures the spread for an {@code n x n} image and a {@code k x k} kernel, no padding, stride 1, over
     * {@code trials} draws: {@code x} uniform on {@code [-sqrt 3, sqrt 3]} and {@code dy} equal to +1 or -1 with
     * equal chance (both of variance 1, neither normal). All {@code k^2} taps of every trial are pooled.
     */
    public static SpreadPoint measure(int n, int k, int trials, long seed) {
        double predicted = predictedStd(n, k, 1, 1);
        int m = n - k + 1;
        if (n > MAX_N || trials < 2 || (long) trials * m * m * k * k > MAX_WORK) {
            throw new IllegalArgumentException("spread experiment too large or too small: n=" + n + " (at most " + MAX_N
                    + "), trials=" + trials + " (at least 2, and trials*(n-k+1)^2*k^2 at most " + MAX_WORK + ")");
        }
        Random random = new Random(seed);
        FilterSpec valid = FilterSpec.valid(nnwb.core.filter.op.FilterMode.CORRELATION);
        double sum = 0;
        double sumSq = 0;
        long count = 0;
        double root3 = Math.sqrt(3);
        for (int t = 0; t < trials; t++) {
            Matrix x = Matrix.generate(n, n, (r, c) -> (2 * random.nextDouble() - 1) * root3);
            Matrix dY = Matrix.generate(m, m, (r, c) -> random.nextBoolean() ? 1 : -1);
            for (double v : ConvGradients.weightGradient(x, dY, k, k, valid).rowMajor()) {
                sum += v;
                sumSq += v * v;
                count++;
            }
        }
        double mean = sum / count;
        double var = (sumSq - count * mean * mean) / (count - 1);
        return new SpreadPoint(n, k, predicted, Math.sqrt(Math.max(0, var)), mean, count);
    }

    /** {@link #measure} for several sizes, one seed each derived from {@code seed}. */
    public static List<SpreadPoint> sweep(int k, int[] sizes, int trials, long seed) {
        List<SpreadPoint> out = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            out.add(measure(sizes[i], k, trials, seed + 7919L * i));
        }
        return out;
    }
}
