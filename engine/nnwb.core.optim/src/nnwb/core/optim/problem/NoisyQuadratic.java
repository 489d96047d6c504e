package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The Toronto sheet's scalar noisy quadratic model: loss {@code ½·a·w²}; each queried gradient is
 * {@code a·w + ε} with {@code ε ~ N(0, σ²)}, and a batch of B averages B of them, so its noise has
 * variance {@code σ²/B}. Batch 0 gives the noise-free gradient.
 */
public final class NoisyQuadratic implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("a", "1", "curvature a > 0"),
            ProblemOption.of("sigma", "1", "standard deviation σ of one gradient sample's noise"),
            ProblemOption.of("start", "1", "starting weight w₀"));

    private final double a;
    private final double sigma;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code a}, {@code sigma}, {@code start}. */
    public NoisyQuadratic(ProblemOptions o) {
        a = o.positive("a");
        sigma = o.number("sigma", 0, 1e12);
        start = o.start(1, new double[] {1});
        settings = o.settings();
    }

    /** The curvature a. */
    public double curvature() {
        return a;
    }

    /** The noise σ of one sample. */
    public double sigma() {
        return sigma;
    }

    @Override
    public String name() {
        return "nqm";
    }

    @Override
    public int rows() {
        return 1;
    }

    @Override
    public int cols() {
        return 1;
    }

    @Override
    public String paramName(int i) {
        return "w";
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double loss(double[] p) {
        return 0.5 * a * p[0] * p[0];
    }

    @Override
    public void gradient(double[] p, double[] out) {
        out[0] = a * p[0];
    }

    @Override
    public boolean stochastic() {
        return sigma > 0;
    }

    @Override
    public void sampleGradient(double[] p, double[] out, int batch, RandomGenerator rng) {
        out[0] = a * p[0] + (batch <= 0 ? 0 : sigma / Math.sqrt(batch) * rng.nextGaussian());
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        return Optional.of(new QuadraticForm(new double[] {a}, new double[1], 0, 1));
    }

    @Override
    public Optional<double[]> minimiser() {
        return Optional.of(new double[1]);
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
