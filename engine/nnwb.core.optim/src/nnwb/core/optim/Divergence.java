package nnwb.core.optim;

/**
 * When a trace counts as diverged although its numbers are still finite: its loss has grown by more than
 * {@link #GROWTH} times the start's magnitude (at least 1), {@code L_t − L_0 > 10⁶·max(|L_0|, 1)}. A converging
 * optimizer never climbs that far above where it started; a diverging one passes the line within a few steps
 * and would otherwise run on to 1e241 looking like a plateau on a clamped axis.
 */
public final class Divergence {

    /** How many times the start's loss magnitude a loss may grow by before the trace counts as diverged. */
    public static final double GROWTH = 1e6;

    private Divergence() {
    }

    /** Whether {@code loss} has grown past the threshold over {@code start}, or is not finite. */
    public static boolean grown(double start, double loss) {
        if (!Double.isFinite(loss)) {
            return true;
        }
        return Double.isFinite(start) && loss - start > GROWTH * Math.max(Math.abs(start), 1);
    }
}
