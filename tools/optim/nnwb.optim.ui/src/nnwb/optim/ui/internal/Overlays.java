package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.SolutionSet;

/**
 * The closed-form marks drawn over the contours of a 2-parameter problem, display-free: the minimiser,
 * the least-squares solution line with its minimum-norm point and each trace's component in the null
 * space of X, the dropout problem's regularised solution and the line of its unregularised solutions.
 */
public final class Overlays {

    /** What a mark is. */
    public enum Kind {
        /** A labelled point at {@code a}. */
        POINT,
        /** The infinite line through {@code a} with direction {@code b}. */
        LINE,
        /** An arrow from {@code a} to {@code b}, in the colour of trace {@code trace}. */
        ARROW
    }

    /**
     * One mark.
     *
     * @param kind  point, line or arrow
     * @param label what it is, for the legend
     * @param a     a point
     * @param b     a direction (LINE) or the arrow's head (ARROW); null for a point
     * @param trace the trace an arrow belongs to, -1 otherwise
     */
    public record Mark(Kind kind, String label, double[] a, double[] b, int trace) {
    }

    private Overlays() {
    }

    /** The marks for {@code problem} (2 parameters) and its traces. */
    public static List<Mark> of(Problem problem, TraceResult result) {
        List<Mark> out = new ArrayList<>();
        Optional<SolutionSet> set = problem.solutionSet();
        if (problem instanceof DropoutLeastSquares d) {
            double[] x = problem.settings().get("x") instanceof List<?> l ? l.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray() : null;
            double y = ((Number) problem.settings().get("y")).doubleValue();
            if (x != null && x.length == 2 && (x[0] != 0 || x[1] != 0)) {
                double nn = x[0] * x[0] + x[1] * x[1];
                out.add(new Mark(Kind.LINE, "x·w = y (no dropout)", new double[] {x[0] * y / nn, x[1] * y / nn},
                        new double[] {-x[1], x[0]}, -1));
            }
            out.add(new Mark(Kind.POINT, "dropout-regularised solution (λ = " + fmt(d.lambda()) + ")", d.regularisedSolution(), null, -1));
            return out;
        }
        if (set.isPresent()) {
            SolutionSet s = set.get();
            double[] w = s.minNorm();
            if (s.nullBasis().size() == 1) {
                out.add(new Mark(Kind.LINE, "solutions Xw = t", w, s.nullBasis().get(0), -1));
            }
            out.add(new Mark(Kind.POINT, "minimum-norm solution X⁺t", w, null, -1));
            for (int i = 0; i < result.traces().size(); i++) {
                Trace t = result.traces().get(i);
                double[] nul = s.nullComponent(t.finalState().params());
                if (Math.hypot(nul[0], nul[1]) > 1e-9) {
                    out.add(new Mark(Kind.ARROW, "null-space component", w, new double[] {w[0] + nul[0], w[1] + nul[1]}, i));
                }
            }
            return out;
        }
        problem.minimiser().ifPresent(m -> out.add(new Mark(Kind.POINT, "minimum", m, null, -1)));
        return out;
    }

    static String fmt(double v) {
        return Contours.label(v);
    }
}
