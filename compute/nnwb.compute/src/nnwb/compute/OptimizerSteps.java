package nnwb.compute;

import nnwb.core.optim.TraceRequest;

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
     * Whole traces computed inside the service: the engine's problem supplies gradients (same seeds,
     * batches and noise as {@code nnwb.core.optim.TraceRunner}) and every optimizer is stepped as
     * {@link Nd4jForms#match} says: by ND4J's own updater where ND4J has one that can be configured to
     * the engine's form, by our update on ND4J arrays where ND4J has none, by the engine otherwise.
     */
    default BackendTrace trace(TraceRequest request) {
        return trace(request, () -> false);
    }

    /**
     * {@link #trace(TraceRequest)}, checking {@code cancelled} before every step; when it turns true the
     * call ends with {@link java.util.concurrent.CancellationException}.
     */
    BackendTrace trace(TraceRequest request, java.util.function.BooleanSupplier cancelled);
}
