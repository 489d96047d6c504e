package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EPFL sheet's 1D problem with a constant gradient {@code c}: loss {@code c·w}, unbounded
 * below, so every optimizer's position is a pure function of its update rule.
 */
public final class ConstantGradient implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("c", "1", "the constant gradient"),
            ProblemOption.of("start", "0", "starting weight w₀"));

    private final double c;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code c} and {@code start}. */
    public ConstantGradient(ProblemOptions o) {
        c = o.number("c", -1e12, 1e12);
        start = o.start(1, new double[] {0});
        settings = o.settings();
    }

    /** The constant gradient {@code c}. */
    public double c() {
        return c;
    }

    @Override
    public String name() {
        return "constant";
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
        return c * p[0];
    }

    @Override
    public void gradient(double[] p, double[] out) {
        out[0] = c;
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        return Optional.of(new QuadraticForm(new double[] {0}, new double[] {-c}, 0, 1));
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
