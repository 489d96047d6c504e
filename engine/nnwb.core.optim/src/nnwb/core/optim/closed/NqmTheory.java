package nnwb.core.optim.closed;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.optim.problem.NoisyQuadratic;

/**
 * SGD on the scalar noisy quadratic model {@code ½aw²} with gradient noise of variance {@code σ²/B}
 * (Toronto sheet): {@code wₜ₊₁ = (1 − ηa)wₜ − ηεₜ}, so with {@code r = 1 − ηa}
 * {@code E[w_T²] = r^{2T}w₀² + (η²σ²/B)·(1 − r^{2T})/(1 − r²)} and, for {@code 0 < ηa < 2}, the
 * stationary variance {@code ησ²/(B·a·(2 − ηa))}. Larger batches allow larger learning rates before
 * the noise floor dominates.
 *
 * @param a     the curvature
 * @param sigma the noise of one gradient sample
 */
public record NqmTheory(double a, double sigma) {

    public NqmTheory {
        if (!(a > 0) || !(sigma >= 0)) {
            throw new IllegalArgumentException("the noisy quadratic needs a > 0 and σ ≥ 0, got a = " + a + ", σ = " + sigma);
        }
    }

    /** The theory of a problem. */
    public static NqmTheory of(NoisyQuadratic q) {
        return new NqmTheory(q.curvature(), q.sigma());
    }

    /** {@code σ²/B}; 0 for batch 0 (the exact gradient). */
    public double noiseVariance(int batch) {
        return batch <= 0 ? 0 : sigma * sigma / batch;
    }

    /** {@code ησ²/(B·a·(2 − ηa))}; +∞ when {@code ηa ≥ 2} (SGD diverges). */
    public double stationaryVariance(double lr, int batch) {
        if (lr * a >= 2) {
            return Double.POSITIVE_INFINITY;
        }
        return lr * lr * noiseVariance(batch) / (1 - (1 - lr * a) * (1 - lr * a));
    }

    /** The expected stationary loss {@code ½a·Var}. */
    public double stationaryLoss(double lr, int batch) {
        return 0.5 * a * stationaryVariance(lr, batch);
    }

    /** {@code E[w_T²]} after T steps from {@code w₀}. */
    public double expectedSquare(double lr, int batch, int steps, double w0) {
        double r2 = (1 - lr * a) * (1 - lr * a);
        double decay = Math.pow(r2, steps);
        double sum = r2 == 1 ? steps : (1 - decay) / (1 - r2);
        return decay * w0 * w0 + lr * lr * noiseVariance(batch) * sum;
    }

    /** {@code E[L_T] = ½a·E[w_T²]}. */
    public double expectedLoss(double lr, int batch, int steps, double w0) {
        return 0.5 * a * expectedSquare(lr, batch, steps, w0);
    }

    /** The learning rate in {@code (0, 2/a)} that minimises {@link #expectedLoss}, by a grid then golden section. */
    public double bestLearningRate(int batch, int steps, double w0) {
        double hi = 2 / a;
        int grid = 2000;
        int best = 1;
        for (int i = 1; i < grid; i++) {
            if (expectedLoss(hi * i / grid, batch, steps, w0) < expectedLoss(hi * best / grid, batch, steps, w0)) {
                best = i;
            }
        }
        double lo = hi * (best - 1) / grid;
        double up = hi * (best + 1) / grid;
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 100; k++) {
            double x1 = up - phi * (up - lo);
            double x2 = lo + phi * (up - lo);
            if (expectedLoss(x1, batch, steps, w0) <= expectedLoss(x2, batch, steps, w0)) {
                up = x2;
            } else {
                lo = x1;
            }
        }
        return (lo + up) / 2;
    }

    /** Expected loss after T steps against the learning rate for one batch size. */
    public record Curve(int batch, double[] lrs, double[] losses) {
    }

    /** One curve per batch size over {@code points} learning rates in {@code (0, lrMax]}. */
    public List<Curve> lossCurves(int[] batches, double lrMax, int points, int steps, double w0) {
        if (points < 2 || points > 100_000 || !(lrMax > 0)) {
            throw new IllegalArgumentException("need 2..100000 points and a positive largest learning rate");
        }
        List<Curve> out = new ArrayList<>();
        for (int b : batches) {
            double[] lrs = new double[points];
            double[] losses = new double[points];
            for (int i = 0; i < points; i++) {
                lrs[i] = lrMax * (i + 1) / points;
                losses[i] = expectedLoss(lrs[i], b, steps, w0);
            }
            out.add(new Curve(b, lrs, losses));
        }
        return out;
    }
}
