package nnwb.core.optim.closed;

import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.problem.LeastSquares;

/**
 * One gradient step on least squares {@code L = (1/n)‖Xw − t‖²} as a function of the learning rate
 * (Toronto sheet, gradient-based learning-rate optimisation). With {@code a = Xw₀ − t},
 * {@code g = (2/n)Xᵀa} and {@code h = Xg}: {@code w₁ = w₀ − ηg}, {@code L₁(η) = (1/n)‖a − ηh‖²}, a
 * parabola in η with second derivative {@code (2/n)‖h‖² ≥ 0} (convex), minimised at
 * {@code η* = aᵀh/‖h‖²}.
 */
public final class OneStepLeastSquares {

    private final double[] w0;
    private final double[] g;
    private final double[] a;
    private final double[] h;
    private final int n;

    /** One step of {@code ls} from {@code w0}. */
    public OneStepLeastSquares(LeastSquares ls, double[] w0) {
        if (w0.length != ls.dimension()) {
            throw new IllegalArgumentException("w0 has " + w0.length + " values, the problem " + ls.dimension());
        }
        this.w0 = w0.clone();
        n = ls.samples();
        a = ls.residual(w0);
        g = new double[w0.length];
        ls.gradient(w0, g);
        h = Mat.apply(ls.data(), g, n, w0.length);
    }

    /** The weights after one step, {@code w₀ − ηg}. */
    public double[] w1(double eta) {
        double[] w = w0.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] -= eta * g[i];
        }
        return w;
    }

    /** {@code L₁(η) = (aᵀa − 2η·aᵀh + η²·hᵀh)/n}. */
    public double loss(double eta) {
        return (Mat.dot(a, a) - 2 * eta * Mat.dot(a, h) + eta * eta * Mat.dot(h, h)) / n;
    }

    /** {@code dL₁/dη = (2/n)(η·hᵀh − aᵀh)}. */
    public double derivative(double eta) {
        return 2 * (eta * Mat.dot(h, h) - Mat.dot(a, h)) / n;
    }

    /** {@code d²L₁/dη² = (2/n)·hᵀh}, never negative: L₁ is convex in η. */
    public double secondDerivative() {
        return 2 * Mat.dot(h, h) / n;
    }

    /** {@code η* = aᵀh/hᵀh}; NaN when the gradient is zero (every η gives the same loss). */
    public double optimalLr() {
        double hh = Mat.dot(h, h);
        return hh == 0 ? Double.NaN : Mat.dot(a, h) / hh;
    }

    /** {@code L₁(η*)}. */
    public double optimalLoss() {
        double e = optimalLr();
        return Double.isNaN(e) ? loss(0) : loss(e);
    }

    /** {@code L₁} at each η. */
    public double[] lossCurve(double[] etas) {
        double[] out = new double[etas.length];
        for (int i = 0; i < etas.length; i++) {
            out[i] = loss(etas[i]);
        }
        return out;
    }
}
