package nnwb.compute;

/** Optimizer (updater) steps with the backend's own updaters: one role of the compute service. */
public interface OptimizerSteps {

    /** A fresh state (zeros, iteration 0) for {@code parameterCount} parameters. */
    UpdaterState newUpdaterState(UpdaterSpec spec, int parameterCount);

    /** One optimizer step: the parameters after it and the updater's state after it; inputs are not changed. */
    UpdaterStep step(UpdaterSpec spec, double[] parameters, double[] gradient, UpdaterState state);
}
