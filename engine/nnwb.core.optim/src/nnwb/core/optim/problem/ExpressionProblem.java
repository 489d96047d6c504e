package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.expr.UserFunction;

/** A loss typed by the user in x and y (see {@link nnwb.core.optim.expr.ExprParser}), its gradient by symbolic differentiation. */
public final class ExpressionProblem implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("f", "", "the function of x and y, e.g. x^2 + 10*y^2", "expr", "function"),
            ProblemOption.of("start", "1,1", "starting point x,y"));

    private final UserFunction fn;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code f} and {@code start}. */
    public ExpressionProblem(ProblemOptions o) {
        if (!o.given("f")) {
            throw new IllegalArgumentException("expr: option f (the function of x and y) is required");
        }
        fn = UserFunction.parse(o.text("f"));
        o.record("f", o.text("f"));
        start = o.start(2, new double[] {1, 1});
        settings = o.settings();
    }

    /** The parsed function with its derivatives. */
    public UserFunction function() {
        return fn;
    }

    @Override
    public String name() {
        return "expr";
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
        return fn.value(p[0], p[1]);
    }

    @Override
    public void gradient(double[] p, double[] out) {
        fn.gradient(p[0], p[1], out);
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
