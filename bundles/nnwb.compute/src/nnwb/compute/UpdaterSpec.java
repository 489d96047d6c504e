package nnwb.compute;

/**
 * A named updater (optimizer) and its hyper-parameters. Unused fields are zero.
 *
 * @param kind         which updater
 * @param learningRate step size
 * @param momentum     momentum coefficient (MOMENTUM, NESTEROV)
 * @param beta1        first-moment decay (ADAM)
 * @param beta2        second-moment decay (ADAM)
 * @param decay        squared-gradient decay (RMSPROP)
 * @param epsilon      added to the denominator (RMSPROP, ADAM, ADAGRAD)
 */
public record UpdaterSpec(UpdaterKind kind, double learningRate, double momentum, double beta1, double beta2,
        double decay, double epsilon) {

    /** The updaters the service steps. */
    public enum UpdaterKind {
        /** p -= lr g */
        SGD,
        /** classic (heavy-ball) momentum: v = mu v - lr g; p += v */
        MOMENTUM,
        /** Nesterov momentum as DL4J's Nesterovs: v' = mu v - lr g; p += (1 + mu) v' - mu v */
        NESTEROV,
        /** s = d s + (1 - d) g^2; p -= lr g / (sqrt(s) + eps) */
        RMSPROP,
        /**
         * m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; at step t (from 1):
         * p -= lr sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(v) + eps) (DL4J's form: eps is not bias-corrected)
         */
        ADAM,
        /** h += g^2; p -= lr g / (sqrt(h) + eps) */
        ADAGRAD;

        /** State values per parameter. */
        public int stateSlots() {
            return switch (this) {
                case SGD -> 0;
                case MOMENTUM, NESTEROV, RMSPROP, ADAGRAD -> 1;
                case ADAM -> 2;
            };
        }
    }

    public static UpdaterSpec sgd(double lr) {
        return new UpdaterSpec(UpdaterKind.SGD, lr, 0, 0, 0, 0, 0);
    }

    public static UpdaterSpec momentum(double lr, double momentum) {
        return new UpdaterSpec(UpdaterKind.MOMENTUM, lr, momentum, 0, 0, 0, 0);
    }

    public static UpdaterSpec nesterov(double lr, double momentum) {
        return new UpdaterSpec(UpdaterKind.NESTEROV, lr, momentum, 0, 0, 0, 0);
    }

    public static UpdaterSpec rmsProp(double lr, double decay, double epsilon) {
        return new UpdaterSpec(UpdaterKind.RMSPROP, lr, 0, 0, 0, decay, epsilon);
    }

    public static UpdaterSpec adam(double lr, double beta1, double beta2, double epsilon) {
        return new UpdaterSpec(UpdaterKind.ADAM, lr, 0, beta1, beta2, 0, epsilon);
    }

    public static UpdaterSpec adaGrad(double lr, double epsilon) {
        return new UpdaterSpec(UpdaterKind.ADAGRAD, lr, 0, 0, 0, 0, epsilon);
    }
}
