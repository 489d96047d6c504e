package nnwb.compute;

/** Optimizer (updater) steps with the backend's own updaters: one role of the compute service. */
public interface OptimizerSteps {

    /** A fresh state (zeros, iteration 0) for {@code parameterCount} parameters. */
    UpdaterState newUpdaterState(UpdaterSpec spec, int parameterCount);

    /**
     * One optimizer step: the parameters after it and the updater's state after it; inputs are not changed.
     * The arrays may hold many trajectories back to back (K·d values): the updaters are element-wise, so
     * one call advances all K.
     */
    UpdaterStep step(UpdaterSpec spec, double[] parameters, double[] gradient, UpdaterState state);

    /**
     * How the backend steps {@code optimizer}: by its own updater (configured how), by our update written on its
     * arrays where it has none, or not at all ({@link UpdaterMatch.Route#ENGINE}: the caller's own step). Answers at
     * once, without starting the backend.
     */
    UpdaterMatch match(OptimizerSettings optimizer);

    /**
     * How the backend writes {@code optimizer} and where its form differs from the textbook's (PyTorch's), in a few
     * sentences. Answers at once, without starting the backend.
     *
     * @throws IllegalArgumentException for an optimizer the service does not know
     */
    String backendNote(String optimizer);

    /**
     * Runs {@code loop}, a whole trace, on the service's worker thread once the backend is ready, and returns what it
     * returns; what it throws (e.g. a {@link java.util.concurrent.CancellationException}) reaches the caller. The
     * loop makes its steppers with the {@link TraceLoop.Steppers} it is given, as {@link #match} says.
     */
    <R> R trace(TraceLoop<R> loop);
}
