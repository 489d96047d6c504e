package nnwb.core.optim.closed;

import nnwb.core.optim.problem.QuadraticForm;

/**
 * Convergence rates on a quadratic with curvatures in {@code [μ, L]}: gradient descent contracts
 * each eigenmode by {@code |1 − ηh|} per step, fastest overall at {@code η* = 2/(L + μ)} with rate
 * {@code (κ − 1)/(κ + 1)}; heavy-ball momentum ({@code m ← βm + g; p ← p − ηm}) contracts a mode by
 * the spectral radius of {@code [[1 − ηh, −ηβ], [h, β]]}, fastest at {@code η = 4/(√L + √μ)²},
 * {@code β = ((√L − √μ)/(√L + √μ))²} with rate {@code (√κ − 1)/(√κ + 1)}.
 *
 * @param mu    the smallest positive curvature
 * @param large the largest curvature L
 */
public record QuadraticRates(double mu, double large) {

    public QuadraticRates {
        if (!(mu > 0) || !(large >= mu) || !Double.isFinite(large)) {
            throw new IllegalArgumentException("curvatures must satisfy 0 < μ ≤ L, got μ = " + mu + ", L = " + large);
        }
    }

    /** From the extreme positive eigenvalues of a quadratic form's H (flat directions ignored). */
    public static QuadraticRates of(QuadraticForm q) {
        double[] h = q.eigen().values();
        double top = h[0];
        double low = Double.NaN;
        for (double v : h) {
            if (v > 1e-12 * h.length * Math.abs(top)) {
                low = v;
            }
        }
        if (!(top > 0) || Double.isNaN(low)) {
            throw new IllegalArgumentException("the problem has no positive curvature; no convergence rate");
        }
        return new QuadraticRates(low, top);
    }

    /** κ = L/μ. */
    public double condition() {
        return large / mu;
    }

    /** The learning rate that minimises gradient descent's worst mode rate, {@code 2/(L + μ)}. */
    public double gdOptimalLr() {
        return 2 / (large + mu);
    }

    /** The rate at {@link #gdOptimalLr()}, {@code (L − μ)/(L + μ)}. */
    public double gdOptimalRate() {
        return (large - mu) / (large + mu);
    }

    /** {@code |1 − ηh|}: how much gradient descent shrinks a mode of curvature h per step. */
    public static double gdModeRate(double lr, double h) {
        return Math.abs(1 - lr * h);
    }

    /** The slowest mode's rate, {@code max(|1 − ημ|, |1 − ηL|)}. */
    public double gdRate(double lr) {
        return Math.max(gdModeRate(lr, mu), gdModeRate(lr, large));
    }

    /** Heavy ball's optimal learning rate {@code 4/(√L + √μ)²}. */
    public double heavyBallOptimalLr() {
        double s = Math.sqrt(large) + Math.sqrt(mu);
        return 4 / (s * s);
    }

    /** Heavy ball's optimal momentum {@code ((√L − √μ)/(√L + √μ))²}. */
    public double heavyBallOptimalMomentum() {
        double r = heavyBallOptimalRate();
        return r * r;
    }

    /** The rate at the optimum, {@code (√κ − 1)/(√κ + 1)}. */
    public double heavyBallOptimalRate() {
        double k = Math.sqrt(condition());
        return (k - 1) / (k + 1);
    }

    /** The per-step contraction of a mode of curvature h under heavy ball. */
    public static double heavyBallModeRate(double lr, double beta, double h) {
        return Mat2Power.spectralRadius(1 - lr * h, -lr * beta, h, beta);
    }

    /** The slowest of the two extreme modes under heavy ball. */
    public double heavyBallRate(double lr, double beta) {
        return Math.max(heavyBallModeRate(lr, beta, mu), heavyBallModeRate(lr, beta, large));
    }
}
