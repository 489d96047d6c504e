package nnwb.core.optim.update;

/**
 * Makes the {@link Optimizer} that steps a configuration, so a trace can be run by another
 * implementation of the same update rule (the compute service's ND4J updaters) under the engine's
 * problems, seeds, recording and closed forms. {@link #ENGINE} is the engine's own.
 */
@FunctionalInterface
public interface OptimizerFactory {

    /** The engine's optimizers ({@link Optimizers#create}). */
    OptimizerFactory ENGINE = Optimizers::create;

    /** An optimizer for {@code config} on parameters shaped {@code rows×cols}. */
    Optimizer create(OptimizerConfig config, int rows, int cols);
}
