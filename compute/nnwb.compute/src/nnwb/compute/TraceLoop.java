package nnwb.compute;

/**
 * A whole optimizer trace run inside the compute service ({@link OptimizerSteps#trace}): the caller's loop supplies
 * the gradients and records what it needs, the backend's steppers step. The loop runs on the service's worker
 * thread, so no step crosses threads.
 *
 * @param <R> what the loop returns
 */
@FunctionalInterface
public interface TraceLoop<R> {

    /** Runs the trace, making one stepper per optimizer with {@code steppers}. */
    R run(Steppers steppers);

    /** Makes the backend's steppers; valid during {@link TraceLoop#run} only. */
    @FunctionalInterface
    interface Steppers {

        /**
         * The stepper of {@code optimizer} for parameters shaped {@code rows×cols}.
         *
         * @throws IllegalArgumentException when the backend cannot step it ({@link OptimizerSteps#match} says
         *                                  {@link UpdaterMatch.Route#ENGINE}): the caller steps it itself
         */
        OptimizerStepper create(OptimizerSettings optimizer, int rows, int cols);
    }
}
