package nnwb.compute.dl4j.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import nnwb.compute.UpdaterSpec;
import nnwb.compute.UpdaterState;
import nnwb.compute.UpdaterStep;

/**
 * One optimizer step with ND4J's updaters (the same code DL4J networks train with), in DOUBLE
 * precision. The state travels as the API's {@link UpdaterState}: it is loaded into the
 * updater's state view, the updater turns the gradient into the update in place, and the view
 * is read back. Classic momentum, which DL4J lacks, runs as ND4J array arithmetic.
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
        INDArray p = Nd4j.createFromArray(params.clone());
        INDArray g = Nd4j.createFromArray(gradient.clone());
        double[][] after;
        if (spec.kind() == UpdaterSpec.UpdaterKind.MOMENTUM) {
            INDArray v = Nd4j.createFromArray(slots[0]);
            v.muli(spec.momentum()).subi(g.muli(spec.learningRate()));
            p.addi(v);
            after = new double[][] {v.toDoubleVector()};
        } else {
            after = applyDl4j(spec, p, g, slots, state.iteration());
        }
        return new UpdaterStep(p.toDoubleVector(), new UpdaterState(spec.kind(), state.iteration() + 1, after));
    }

    private static double[][] applyDl4j(UpdaterSpec spec, INDArray p, INDArray g, double[][] slots, int iteration) {
        IUpdater conf = config(spec);
        int n = (int) p.length();
        int k = slots.length;
        INDArray view = null;
        if (k > 0) {
            double[] flat = new double[k * n];
            for (int i = 0; i < k; i++) {
                System.arraycopy(slots[i], 0, flat, i * n, n);
            }
            view = Nd4j.create(flat, new long[] {1, (long) k * n}, DataType.DOUBLE);
        }
        GradientUpdater<?> u = conf.instantiate(view, false);
        INDArray g2 = g.reshape(1, n);
        u.applyUpdater(g2, iteration, 0);
        p.subi(g2.reshape(n));
        double[][] after = new double[k][];
        for (int i = 0; i < k; i++) {
            after[i] = view.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval((long) i * n, (long) (i + 1) * n)).toDoubleVector();
        }
        return after;
    }
}
