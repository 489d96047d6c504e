package nnwb.train;

/** A sweep's progress; the running cell's metrics arrive through {@link #run(SweepCell)}'s listener. */
public interface SweepListener {

    /** Cell {@code index} (from 0) of {@code total} starts; returns the listener for its run. */
    default RunListener run(SweepCell cell, int index, int total) {
        return RunListener.NONE;
    }

    /** A cell ended (ran, failed or was skipped). */
    default void ended(SweepResult.Entry entry, int index, int total) {
    }

    SweepListener NONE = new SweepListener() {
    };
}
