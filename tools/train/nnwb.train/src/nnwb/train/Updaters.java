package nnwb.train;

import nnwb.compute.UpdaterSpec;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;

/** The compute service's updater for a run configuration's optimizer and hyperparameters. */
public final class Updaters {

    private Updaters() {
    }

    public static UpdaterSpec of(RunConfig c) {
        double lr = c.learningRate();
        return switch (c.optimizer()) {
            case SGD -> UpdaterSpec.sgd(lr);
            case MOMENTUM -> UpdaterSpec.momentum(lr, c.momentum());
            case NESTEROV -> UpdaterSpec.nesterov(lr, c.momentum());
            case RMSPROP -> UpdaterSpec.rmsProp(lr, c.beta2(), c.epsilon());
            case ADAGRAD -> UpdaterSpec.adaGrad(lr, c.epsilon());
            case ADAM -> UpdaterSpec.adam(lr, c.beta1(), c.beta2(), c.epsilon());
        };
    }

    /** The optimizer as people name it, e.g. "Adam (lr 0.001)". */
    public static String label(Optimizer o) {
        return switch (o) {
            case SGD -> "SGD";
            case MOMENTUM -> "momentum";
            case NESTEROV -> "Nesterov";
            case RMSPROP -> "RMSProp";
            case ADAGRAD -> "AdaGrad";
            case ADAM -> "Adam";
        };
    }
}
