package nnwb.optim.ui.internal;

import java.util.Arrays;

import nnwb.core.optim.Trace;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * The series the view plots from a trace, display-free so tests can rebuild them from the engine:
 * a diverged trace is drawn up to the step where it diverged (its later, exploding or non-finite values are
 * dropped, so no axis has to clamp them) and marked there, and on a log axis losses below {@link #LOG_FLOOR}
 * (and an exact 0) are drawn at the floor.
 */
public final class TraceSeries {

    /** Smallest loss drawn on a log axis. */
    public static final double LOG_FLOOR = 1e-30;
    /** Largest magnitude drawn (a diverging trace is drawn up to here; SWTChart's axes need a finite range). */
    public static final double CLAMP = 1e12;
    /** Most points per chart series: longer traces are sampled at a fixed stride, the last step always kept. */
    public static final int MAX_POINTS = 1500;

    private TraceSeries() {
    }

    /** The legend name of optimizer {@code index} (0-based): {@code 1: adam lr=0.1}. */
    public static String name(int index, OptimizerConfig c) {
        return (index + 1) + ": " + c.label();
    }

    /** How many leading steps have a finite loss and finite parameters. */
    public static int finiteLength(Trace t) {
        double[] loss = t.lossSeries();
        int n = loss.length;
        if (!t.finalState().diverged()) {
            return n;
        }
        for (int c = 0; c < t.dimension(); c++) {
            double[] p = t.paramSeries(c);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(p[i])) {
                    n = i;
                    break;
                }
            }
        }
        int k = 0;
        while (k < n && Double.isFinite(loss[k])) {
            k++;
        }
        return k;
    }

    /** How many leading steps the plots draw: every finite one, of a diverged trace only up to where it diverged. */
    public static int drawnLength(Trace t) {
        int n = finiteLength(t);
        int at = t.finalState().divergedAt();
        return at >= 0 ? Math.min(n, at + 1) : n;
    }

    /** The mark of a diverged trace, {@code diverged at step 5}, or null when it did not diverge. */
    public static String divergedLabel(Trace t) {
        return t.finalState().diverged() ? "diverged at step " + t.finalState().divergedAt() : null;
    }

    /** Step numbers 0, 1, ... for the first {@code n} steps. */
    public static double[] steps(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /** The indices a chart shows of {@code n} values: every one up to {@link #MAX_POINTS}, else a fixed stride and the last. */
    public static int[] sample(int n) {
        if (n <= MAX_POINTS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int stride = (n + MAX_POINTS - 2) / (MAX_POINTS - 1);
        int count = (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        int[] idx = new int[count];
        for (int k = 0; k < count - 1; k++) {
            idx[k] = k * stride;
        }
        idx[count - 1] = n - 1;
        return idx;
    }

    /** {@code v} at the sampled indices, clamped to ±{@link #CLAMP} (NaN drawn as 0). */
    public static double[] chart(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = safe(v[idx[k]]);
        }
        return out;
    }

    /** All of {@code v}, clamped as {@link #chart} does. */
    public static double[] chart(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = safe(v[k]);
        }
        return out;
    }

    private static double safe(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-CLAMP, Math.min(CLAMP, v));
    }

    /** The loss (floored at {@link #LOG_FLOOR} when {@code log}) over the drawn steps. */
    public static double[] loss(Trace t, boolean log) {
        double[] y = Arrays.copyOf(t.lossSeries(), drawnLength(t));
        if (log) {
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.max(y[i], LOG_FLOOR);
            }
        }
        return y;
    }

    /** Parameter {@code coord} over the drawn steps. */
    public static double[] param(Trace t, int coord) {
        return Arrays.copyOf(t.paramSeries(coord), drawnLength(t));
    }

    /** State {@code name} of parameter {@code coord} over the drawn steps. */
    public static double[] state(Trace t, String name, int coord) {
        return Arrays.copyOf(t.stateSeries(name, coord), drawnLength(t));
    }

    /** Whether every value is positive (a log axis can show it). */
    public static boolean positive(double[] y) {
        return Arrays.stream(y).allMatch(v -> v > 0);
    }

    /** The largest difference of any parameter at any common step (∞ when one stopped where the other did not). */
    public static double maxDifference(Trace a, Trace b) {
        int n = Math.min(TraceSeries.finiteLength(a), TraceSeries.finiteLength(b));
        double m = TraceSeries.finiteLength(a) == TraceSeries.finiteLength(b) ? 0 : Double.POSITIVE_INFINITY;
        for (int c = 0; c < a.dimension(); c++) {
            double[] x = a.paramSeries(c);
            double[] y = b.paramSeries(c);
            for (int i = 0; i < n; i++) {
                m = Math.max(m, Math.abs(x[i] - y[i]));
            }
        }
        return m;
    }
}
