package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rosenbrock's valley {@code (a − x)² + b·(y − x²)²}, minimum at {@code (a, a²)}. */
public final class Rosenbrock implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("a", "1", "position of the minimum along x"),
            ProblemOption.of("b", "100", "steepness of the valley walls"),
            ProblemOption.of("start", "-1.2,1", "starting point x,y"));

    private final double a;
    private final double b;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code a}, {@code b}, {@code start}. */
    public Rosenbrock(ProblemOptions o) {
        a = o.number("a", -1e6, 1e6);
        b = o.number("b", 0, 1e9);
        start = o.start(2, new double[] {-1.2, 1});
        settings = o.settings();
    }

    @Override
    public String name() {
        return "rosenbrock";
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
        double u = a - p[0];
        double v = p[1] - p[0] * p[0];
        return u * u + b * v * v;
    }

    @Override
    public void gradient(double[] p, double[] out) {
        double v = p[1] - p[0] * p[0];
        out[0] = -2 * (a - p[0]) - 4 * b * p[0] * v;
        out[1] = 2 * b * v;
    }

    @Override
    public Optional<double[]> minimiser() {
        return Optional.of(new double[] {a, a * a});
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
