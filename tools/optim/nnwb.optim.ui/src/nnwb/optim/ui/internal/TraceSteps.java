package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.problem.Problem;

/**
 * Stepping through traces: the last step any trace draws, and each optimizer's iterate at step k with its loss and
 * the norm of the problem's exact gradient there. A trace that ended earlier (it diverged) is held at its last drawn
 * step. Display-free.
 */
public final class TraceSteps {

    /**
     * One optimizer's iterate at a step.
     *
     * @param trace    the optimizer's index
     * @param step     the step shown (below the one asked for where the trace ended earlier)
     * @param params   the parameters there
     * @param loss     the loss there
     * @param gradNorm the Euclidean norm of the exact gradient there
     * @param ended    whether the trace ended before the step asked for
     */
    public record At(int trace, int step, double[] params, double loss, double gradNorm, boolean ended) {
    }

    private TraceSteps() {
    }

    /** The last step any trace of {@code r} draws (0 for none). */
    public static int lastStep(TraceResult r) {
        int last = 0;
        for (Trace t : r.traces()) {
            last = Math.max(last, TraceSeries.drawnLength(t) - 1);
        }
        return last;
    }

    /** {@code k} held inside 0..{@link #lastStep}. */
    public static int clamp(int k, TraceResult r) {
        return Math.max(0, Math.min(k, lastStep(r)));
    }

    /** Every optimizer's iterate at step {@code k} of {@code r} on {@code p}. */
    public static List<At> at(Problem p, TraceResult r, int k) {
        List<At> out = new ArrayList<>();
        double[] g = new double[p.dimension()];
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            int last = Math.max(0, TraceSeries.drawnLength(t) - 1);
            int s = Math.max(0, Math.min(k, last));
            var step = t.step(s);
            p.gradient(step.params(), g);
            double sq = 0;
            for (double v : g) {
                sq += v * v;
            }
            out.add(new At(i, s, step.params(), step.loss(), Math.sqrt(sq), k > last));
        }
        return out;
    }

    /** One readout line: {@code "SGD lr 0.1 · step 12: w1 = 0.8, w2 = 0.4 · loss 0.01 · |∇L| 0.05"}. */
    public static String line(String optimizer, List<String> paramNames, At a) {
        StringBuilder sb = new StringBuilder(optimizer).append(" · step ").append(a.step());
        if (a.ended()) {
            sb.append(" (ended)");
        }
        sb.append(": ");
        int n = Math.min(a.params().length, 4);
        for (int i = 0; i < n; i++) {
            String name = i < paramNames.size() ? paramNames.get(i) : "p" + i;
            sb.append(i > 0 ? ", " : "").append(name).append(" = ").append(Contours.label(a.params()[i]));
        }
        if (a.params().length > n) {
            sb.append(", …");
        }
        return sb.append(" · loss ").append(Contours.label(a.loss())).append(" · |∇L| ").append(Contours.label(a.gradNorm())).toString();
    }
}
