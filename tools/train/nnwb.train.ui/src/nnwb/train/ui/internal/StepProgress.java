package nnwb.train.ui.internal;

/**
 * Turns training steps into progress-bar ticks so that step k of n shows k/n of the run's share, whatever n is
 * (a fixed number of ticks per step rounded down or up drifts: 16 steps of 62 ticks end at 99%, 3,000 steps of 1
 * tick overflow the share). Display-free.
 */
public final class StepProgress {

    private final int steps;
    private final int share;
    private int done;
    private int reported;

    /** A run of {@code steps} steps (its count as planned) worth {@code share} ticks of the monitor. */
    public StepProgress(int steps, int share) {
        this.steps = Math.max(1, steps);
        this.share = share;
    }

    /** One more step: the ticks to add now (0 when the bar has not moved by a whole tick, never past the share). */
    public int step() {
        done = Math.min(steps, done + 1);
        int target = (int) ((long) share * done / steps);
        int add = target - reported;
        reported = target;
        return add;
    }

    /** The ticks reported so far. */
    public int reported() {
        return reported;
    }
}
