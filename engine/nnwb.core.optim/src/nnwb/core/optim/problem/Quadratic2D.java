package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 2D quadratic bowl {@code ½·pᵀAp} with {@code A = R(θ)·diag(L, L/κ)·R(θ)ᵀ}: largest curvature
 * {@code L} ({@code scale}), condition number {@code κ} ({@code cond}) and its axes rotated by
 * {@code θ} degrees ({@code angle}). The minimum is the origin.
 */
public final class Quadratic2D implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("cond", "10", "condition number κ = L/μ (at least 1)", "kappa"),
            ProblemOption.of("scale", "1", "largest curvature L", "L"),
            ProblemOption.of("angle", "0", "rotation of the axes in degrees"),
            ProblemOption.of("start", "1,1", "starting point x,y"));

    private final double[] a;
    private final double large;
    private final double small;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code cond}, {@code scale}, {@code angle}, {@code start}. */
    public Quadratic2D(ProblemOptions o) {
        double cond = o.number("cond", 1, 1e12);
        large = o.number("scale", 1e-12, 1e12);
        if (large <= 0) {
            throw new IllegalArgumentException("quadratic: scale must be positive");
        }
        small = large / cond;
        double theta = Math.toRadians(o.number("angle", -3600, 3600));
        start = o.start(2, new double[] {1, 1});
        settings = o.settings();
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        a = new double[] {
            large * c * c + small * s * s, (large - small) * c * s,
            (large - small) * c * s, large * s * s + small * c * c};
    }

    /** The largest curvature L. */
    public double largest() {
        return large;
    }

    /** The smallest curvature μ = L/κ. */
    public double smallest() {
        return small;
    }

    @Override
    public String name() {
        return "quadratic";
    }

    @Override
    public int rows() {
        return 1;
    }

    @Override
    public int cols() {
        return 2;
    }

    @Override
    public String paramName(int i) {
        return i == 0 ? "x" : "y";
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double loss(double[] p) {
        return 0.5 * (a[0] * p[0] * p[0] + 2 * a[1] * p[0] * p[1] + a[3] * p[1] * p[1]);
    }

    @Override
    public void gradient(double[] p, double[] out) {
        double gx = a[0] * p[0] + a[1] * p[1];
        double gy = a[2] * p[0] + a[3] * p[1];
        out[0] = gx;
        out[1] = gy;
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        return Optional.of(new QuadraticForm(a.clone(), new double[2], 0, 2));
    }

    @Override
    public Optional<double[]> minimiser() {
        return Optional.of(new double[2]);
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
