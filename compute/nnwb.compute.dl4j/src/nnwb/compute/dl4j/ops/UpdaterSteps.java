package nnwb.compute.dl4j.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;

import nnwb.compute.UpdaterSpec;
import nnwb.compute.UpdaterState;
import nnwb.compute.UpdaterStep;

/**
 * One optimizer step with ND4J's updaters (the same code DL4J networks train with), in DOUBLE
 * precision. The state travels as the API's {@link UpdaterState}: it is loaded into the
 * updater's state view, the updater turns the gradient into the update in place, and the view
 * is read back. ND4J's {@code L2Regularization} acts on the gradient before the updater and its
 * {@code WeightDecay} on the update after it, as in a DL4J network. Classic momentum, which DL4J
 * lacks, runs as ND4J array arithmetic. Arrays may hold many trajectories back to back.
 */
public final class UpdaterSteps {

    private UpdaterSteps() {
    }

    /** The DL4J updater configuration for {@code spec}; classic momentum has none. */
    public static IUpdater config(UpdaterSpec spec) {
        return switch (spec.kind()) {
            case SGD -> new Sgd(spec.learningRate());
            case NESTEROV -> new Nesterovs(spec.learningRate(), spec.momentum());
            case RMSPROP -> new RmsProp(spec.learningRate(), spec.decay(), spec.epsilon());
            case ADAM -> new Adam(spec.learningRate(), spec.beta1(), spec.beta2(), spec.epsilon());
            case AMSGRAD -> new AMSGrad(spec.learningRate(), spec.beta1(), spec.beta2(), spec.epsilon());
            case ADAMAX -> new AdaMax(spec.learningRate(), spec.beta1(), spec.beta2(), spec.epsilon());
            case ADAGRAD -> new AdaGrad(spec.learningRate(), spec.epsilon());
            case MOMENTUM -> throw new IllegalArgumentException(
                    "DL4J has no classic momentum updater for networks; use NESTEROV");
        };
    }

    public static UpdaterState fresh(UpdaterSpec spec, int n) {
        return new UpdaterState(spec.kind(), 0, new double[spec.kind().stateSlots()][n]);
    }

    public static UpdaterStep step(UpdaterSpec spec, double[] params, double[] gradient, UpdaterState state) {
        int n = params.length;
        if (gradient.length != n) {
            throw new IllegalArgumentException(n + " parameters but " + gradient.length + " gradient values");
        }
        if (state.kind() != spec.kind()) {
            throw new IllegalArgumentException("state of " + state.kind() + " given to " + spec.kind());
        }
        double[][] slots = state.slots();
        for (double[] s : slots) {
            if (s.length != n) {
                throw new IllegalArgumentException("state holds " + s.length + " values for " + n + " parameters");
            }
        }
        int k = slots.length;
        double[] flat = new double[k * n];
        for (int i = 0; i < k; i++) {
            System.arraycopy(slots[i], 0, flat, i * n, n);
        }
        Stepper s = new Stepper(spec, n, flat);
        double[] p = params.clone();
        s.step(p, gradient, state.iteration());
        double[] after = s.state();
        double[][] out = new double[k][];
        for (int i = 0; i < k; i++) {
            out[i] = java.util.Arrays.copyOfRange(after, i * n, (i + 1) * n);
        }
        return new UpdaterStep(p, new UpdaterState(spec.kind(), state.iteration() + 1, out));
    }

    /**
     * An ND4J updater with its regularisation over {@code n} parameters, keeping its arrays between
     * steps (what a trace computed inside the service uses).
     */
    public static final class Stepper {

        private final UpdaterSpec spec;
        private final int n;
        private final INDArray p;
        private final INDArray g;
        private final INDArray view;
        private final GradientUpdater<?> updater;
        private final L2Regularization l2;
        private final WeightDecay wd;

        /** With the state (all slots back to back, {@code stateSlots·n} values) it starts from. */
        public Stepper(UpdaterSpec spec, int n, double[] initialState) {
            this.spec = spec;
            this.n = n;
            int k = spec.kind().stateSlots();
            if (initialState.length != k * n) {
                throw new IllegalArgumentException(spec.kind() + " keeps " + k * n + " state values, got " + initialState.length);
            }
            p = Nd4j.create(DataType.DOUBLE, 1, n);
            g = Nd4j.create(DataType.DOUBLE, 1, n);
            view = k == 0 ? null : Nd4j.create(initialState.clone(), new long[] {1, (long) k * n}, DataType.DOUBLE);
            updater = spec.kind() == UpdaterSpec.UpdaterKind.MOMENTUM ? null : config(spec).instantiate(view, false);
            l2 = spec.l2() > 0 ? new L2Regularization(spec.l2()) : null;
            wd = spec.weightDecay() > 0 ? new WeightDecay(spec.weightDecay(), spec.weightDecayTimesLr()) : null;
        }

        /** Replaces ε for the next steps (ADAM and AMSGRAD: PyTorch's ε on the corrected √v̂ is ε·√(1 − β₂ᵗ) here). */
        public void setEpsilon(double eps) {
            if (updater.getConfig() instanceof Adam a) {
                a.setEpsilon(eps);
            } else if (updater.getConfig() instanceof AMSGrad a) {
                a.setEpsilon(eps);
            } else {
                throw new IllegalStateException(spec.kind() + " has no ε to rescale");
            }
        }

        /**
         * One step of {@code params} in place; {@code iteration} counts from 0 (ND4J's bias correction uses
         * iteration + 1). ND4J computes the update (and the regularisation); subtracting it from the
         * parameters is the same IEEE subtraction {@code INDArray.subi} would do, done here without a native call.
         */
        public void step(double[] params, double[] gradient, int iteration) {
            g.data().setData(gradient);
            if (l2 != null || wd != null) {
                p.data().setData(params);
            }
            if (l2 != null) {
                l2.apply(p, g, spec.learningRate(), iteration, 0);
            }
            INDArray update;
            boolean negated = false;
            if (updater == null) {
                view.muli(spec.momentum()).subi(g.muli(spec.learningRate()));
                if (wd != null) {
                    update = view.neg();
                } else {
                    update = view;
                    negated = true;
                }
            } else {
                updater.applyUpdater(g, iteration, 0);
                update = g;
            }
            if (wd != null) {
                wd.apply(p, update, spec.learningRate(), iteration, 0);
            }
            double[] u = update.data().asDouble();
            for (int i = 0; i < n; i++) {
                params[i] = negated ? params[i] + u[i] : params[i] - u[i];
            }
            if (update != g && update != view && update.closeable()) {
                update.close();
            }
        }

        /** The state now, all slots back to back. */
        public double[] state() {
            return view == null ? new double[0] : view.data().asDouble();
        }
    }
}
