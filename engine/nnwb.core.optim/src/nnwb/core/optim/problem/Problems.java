package nnwb.core.optim.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The problems by name ({@code constant, quadratic, rosenbrock, expr, least-squares, nqm,
 * dropout-least-squares, muon-matrix}) with their options, parsed from text with clear errors.
 */
public final class Problems {

    private record Kind(List<ProblemOption> options, Function<ProblemOptions, Problem> factory, String summary) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("constant", new Kind(ConstantGradient.OPTIONS, ConstantGradient::new, "1D loss c·w with constant gradient c"));
        KINDS.put("quadratic", new Kind(Quadratic2D.OPTIONS, Quadratic2D::new, "2D quadratic with condition number and rotation"));
        KINDS.put("rosenbrock", new Kind(Rosenbrock.OPTIONS, Rosenbrock::new, "Rosenbrock's banana valley"));
        KINDS.put("expr", new Kind(ExpressionProblem.OPTIONS, ExpressionProblem::new, "a function of x and y you type"));
        KINDS.put("least-squares", new Kind(LeastSquares.OPTIONS, LeastSquares::new, "(1/n)‖Xw − t‖², minimum-norm solution and null space"));
        KINDS.put("nqm", new Kind(NoisyQuadratic.OPTIONS, NoisyQuadratic::new, "noisy quadratic model ½aw² with gradient noise σ²/B"));
        KINDS.put("dropout-least-squares", new Kind(DropoutLeastSquares.OPTIONS, DropoutLeastSquares::new, "two-weight least squares with dropout"));
        KINDS.put("muon-matrix", new Kind(MuonMatrix.OPTIONS, MuonMatrix::new, "matrix regression for SignSGD and Muon"));
    }

    private Problems() {
    }

    /** All names. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /** The options of a problem with their defaults. */
    public static List<ProblemOption> options(String name) {
        return kind(name).options();
    }

    /** One line on what the problem is. */
    public static String summary(String name) {
        return kind(name).summary();
    }

    /** Builds a problem from its name and options (key → text). */
    public static Problem parse(String name, Map<String, String> options) {
        String n = canonical(name);
        Kind k = KINDS.get(n);
        return k.factory().apply(ProblemOptions.of(n, k.options(), options));
    }

    /** A problem with its default options. */
    public static Problem defaults(String name) {
        return parse(name, Map.of());
    }

    private static Kind kind(String name) {
        return KINDS.get(canonical(name));
    }

    private static String canonical(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.containsKey(n)) {
            throw new IllegalArgumentException("unknown problem '" + name + "'; choose from " + String.join(", ", names()));
        }
        return n;
    }
}
