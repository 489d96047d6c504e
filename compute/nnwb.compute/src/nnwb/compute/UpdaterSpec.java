package nnwb.compute;

/**
 * A named updater (optimizer) of the backend and its hyper-parameters, with the backend's own
 * regularisation. Unused fields are zero. Steps ({@link OptimizerSteps#step}) take any number of
 * trajectories back to back in one array: every updater here is element-wise, so one call advances
 * them all. Networks ({@code NetworkSpec}) use {@link #kind()} and the hyper-parameters but not
 * {@code l2} and {@code weightDecay}.
 *
 * @param kind               which updater
 * @param learningRate       step size
 * @param momentum           momentum coefficient (MOMENTUM, NESTEROV)
 * @param beta1              first-moment decay (ADAM, AMSGRAD, ADAMAX)
 * @param beta2              second-moment decay (ADAM, AMSGRAD, ADAMAX)
 * @param decay              squared-gradient decay (RMSPROP)
 * @param epsilon            added to the denominator (RMSPROP, ADAM, AMSGRAD, ADAMAX, ADAGRAD)
 * @param l2                 ND4J's {@code L2Regularization}: {@code l2·p} added to the gradient before the updater
 * @param weightDecay        ND4J's {@code WeightDecay}: {@code weightDecay·p} (times the learning rate when
 *                           {@code weightDecayTimesLr}) added to the update after the updater
 * @param weightDecayTimesLr DL4J's {@code applyLR}: multiply the weight decay by the learning rate (AdamW)
 */
public record UpdaterSpec(UpdaterKind kind, double learningRate, double momentum, double beta1, double beta2,
        double decay, double epsilon, double l2, double weightDecay, boolean weightDecayTimesLr) {

    /** Without regularisation. */
    public UpdaterSpec(UpdaterKind kind, double learningRate, double momentum, double beta1, double beta2,
            double decay, double epsilon) {
        this(kind, learningRate, momentum, beta1, beta2, decay, epsilon, 0, 0, false);
    }

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
        ADAGRAD,
        /**
         * Adam keeping the running maximum of v: m and v as ADAM, vHat = max(vHat, v);
         * p -= lr sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(vHat) + eps)
         */
        AMSGRAD,
        /** m = b1 m + (1 - b1) g; u = max(b2 u, |g|); p -= lr / (1 - b1^t) m / u (ND4J leaves eps out of the denominator) */
        ADAMAX;

        /** State values per parameter. */
        public int stateSlots() {
            return switch (this) {
                case SGD -> 0;
                case MOMENTUM, NESTEROV, RMSPROP, ADAGRAD -> 1;
                case ADAM, ADAMAX -> 2;
                case AMSGRAD -> 3;
            };
        }

        /** The names of the state arrays, in storage order (ND4J's names: v is the velocity of MOMENTUM and NESTEROV). */
        public java.util.List<String> stateNames() {
            return switch (this) {
                case SGD -> java.util.List.of();
                case MOMENTUM, NESTEROV -> java.util.List.of("v");
                case RMSPROP -> java.util.List.of("v");
                case ADAGRAD -> java.util.List.of("s");
                case ADAM -> java.util.List.of("m", "v");
                case ADAMAX -> java.util.List.of("m", "u");
                case AMSGRAD -> java.util.List.of("m", "v", "vHat");
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

    public static UpdaterSpec amsGrad(double lr, double beta1, double beta2, double epsilon) {
        return new UpdaterSpec(UpdaterKind.AMSGRAD, lr, 0, beta1, beta2, 0, epsilon);
    }

    public static UpdaterSpec adaMax(double lr, double beta1, double beta2, double epsilon) {
        return new UpdaterSpec(UpdaterKind.ADAMAX, lr, 0, beta1, beta2, 0, epsilon);
    }

    /** AdamW as DL4J writes it (M2.1 has no AdamW updater): Adam plus {@code WeightDecay(wd, applyLR = true)}. */
    public static UpdaterSpec adamW(double lr, double beta1, double beta2, double epsilon, double weightDecay) {
        return adam(lr, beta1, beta2, epsilon).withWeightDecay(weightDecay, true);
    }

    /** This updater with ND4J's L2 regularisation {@code l2·p} added to the gradient. */
    public UpdaterSpec withL2(double coefficient) {
        return new UpdaterSpec(kind, learningRate, momentum, beta1, beta2, decay, epsilon, coefficient, weightDecay,
                weightDecayTimesLr);
    }

    /** This updater with ND4J's decoupled weight decay (multiplied by the learning rate when {@code timesLr}). */
    public UpdaterSpec withWeightDecay(double coefficient, boolean timesLr) {
        return new UpdaterSpec(kind, learningRate, momentum, beta1, beta2, decay, epsilon, l2, coefficient, timesLr);
    }
}
