package nnwb.train;

import nnwb.compute.train.TrainingListener;

/**
 * A training run's progress: the compute service's metrics ({@link TrainingListener}, on the worker thread) plus
 * the run's start, its memory samples (on the sampler thread, at least twice a second) and its end. Keep calls short.
 */
public interface RunListener extends TrainingListener {

    /** The run is prepared and about to train. */
    default void started(PreparedRun run) {
    }

    /** A memory reading. */
    default void memory(MemorySample m) {
    }

    /** The run ended (finished, cancelled); not called when it failed. */
    default void finished(RunResult r) {
    }

    RunListener NONE = new RunListener() {
    };
}
