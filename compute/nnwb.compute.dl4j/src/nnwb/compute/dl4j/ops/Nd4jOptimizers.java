package nnwb.compute.dl4j.ops;

import java.util.List;
import java.util.Locale;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.nd4j.linalg.ops.transforms.Transforms;

import nnwb.compute.OptimizerSettings;
import nnwb.compute.OptimizerStepper;
import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.update.NewtonSchulz;

/**
 * The steppers of a trace computed inside the service ({@code OptimizerSteps.trace}): ND4J's own updater where
 * {@link Nd4jForms#match} finds one, our update on ND4J arrays where ND4J has none (EMA momentum, SignSGD, Muon).
 * Settings ND4J cannot express are refused: the caller steps them. Runs on the service's worker thread only.
 */
public final class Nd4jOptimizers {

    private Nd4jOptimizers() {
    }

    /**
     * The stepper of {@code c} on parameters shaped {@code rows×cols}.
     *
     * @throws IllegalArgumentException when {@link Nd4jForms#match} routes {@code c} to the caller's own step
     */
    public static OptimizerStepper create(OptimizerSettings c, int rows, int cols) {
        UpdaterMatch m = Nd4jForms.match(c);
        return switch (m.route()) {
            case ENGINE -> throw new IllegalArgumentException(c.name() + ": " + m.reason() + "; step it with the engine");
            case ND4J_UPDATER -> new Updater(m);
            case ND4J_ARRAYS -> m.spec() != null ? new Updater(m) : new Ours(c, rows, cols);
        };
    }

    private static final class Updater implements OptimizerStepper {

        private final UpdaterMatch match;
        private UpdaterSteps.Stepper stepper;

        Updater(UpdaterMatch match) {
            this.match = match;
        }

        @Override
        public List<String> stateNames() {
            return match.spec().kind().stateNames();
        }

        @Override
        public void step(double[] params, double[] grad, double[] state, int t) {
            int n = params.length;
            if (stepper == null) {
                double[] init = new double[match.spec().kind().stateSlots() * n];
                java.util.Arrays.fill(init, match.initialState());
                stepper = new UpdaterSteps.Stepper(match.spec(), n, init);
            }
            if (match.rescaledEpsilon()) {
                stepper.setEpsilon(match.spec().epsilon() * Math.sqrt(1 - Math.pow(match.spec().beta2(), t)));
            }
            stepper.step(params, grad, t - 1);
            double[] s = stepper.state();
            System.arraycopy(s, 0, state, 0, s.length);
        }
    }

    /** EMA momentum, SignSGD and Muon, which ND4J lacks, written with ND4J array operations. */
    private static final class Ours implements OptimizerStepper {

        private final OptimizerSettings config;
        private final String kind;
        private final int rows;
        private final int cols;
        private final List<String> names;
        private final double lr;
        private final double beta;
        private final L2Regularization l2;
        private final WeightDecay wd;
        private INDArray p;
        private INDArray g;
        private INDArray m;

        Ours(OptimizerSettings config, int rows, int cols) {
            this.config = config;
            this.kind = config.name();
            this.rows = rows;
            this.cols = cols;
            // the engine's state: the momentum buffer m (EMA momentum always, SignSGD and Muon with momentum)
            this.names = kind.equals("ema-momentum") || config.number("momentum") > 0 ? List.of("m") : List.of();
            lr = config.lr();
            beta = config.number("momentum");
            double l2c = config.number("l2");
            double wdc = config.number("wd");
            l2 = l2c > 0 ? new L2Regularization(l2c) : null;
            wd = wdc > 0 ? new WeightDecay(wdc, config.flag("wd-lr")) : null;
        }

        @Override
        public List<String> stateNames() {
            return names;
        }

        @Override
        public void step(double[] params, double[] grad, double[] state, int t) {
            int n = params.length;
            if (p == null) {
                p = Nd4j.create(DataType.DOUBLE, 1, n);
                g = Nd4j.create(DataType.DOUBLE, 1, n);
                m = Nd4j.create(DataType.DOUBLE, 1, n);
            }
            if (l2 != null || wd != null) {
                p.data().setData(params);
            }
            g.data().setData(grad);
            if (l2 != null) {
                l2.apply(p, g, lr, t - 1, 0);
            }
            INDArray update = switch (kind) {
                case "ema-momentum" -> {
                    m.muli(beta).addi(g.mul(1 - beta));
                    yield m.mul(lr);
                }
                case "signsgd" -> {
                    INDArray d = g;
                    if (beta > 0) {
                        m.muli(beta).addi(g.mul(1 - beta));
                        d = m;
                    }
                    yield Transforms.sign(d, true).muli(lr);
                }
                case "muon" -> muon(n);
                default -> throw new IllegalStateException(kind + " is not written on ND4J arrays here");
            };
            if (wd != null) {
                wd.apply(p, update, lr, t - 1, 0);
            }
            double[] u = update.data().asDouble();
            for (int i = 0; i < n; i++) {
                params[i] -= u[i];
            }
            if (update.closeable()) {
                update.close();
            }
            if (!names.isEmpty()) {
                System.arraycopy(m.data().asDouble(), 0, state, 0, n);
            }
        }

        private INDArray muon(int n) {
            INDArray u;
            if (beta > 0) {
                m.muli(beta).addi(g);
                u = config.flag("nesterov") ? g.add(m.mul(beta)) : m.dup();
            } else {
                u = g.dup();
            }
            int block = rows * cols;
            if (n % block != 0) {
                throw new IllegalArgumentException("muon: " + n + " parameters do not make " + rows + "×" + cols + " matrices");
            }
            NewtonSchulz.Polynomial poly = NewtonSchulz.Polynomial.of(config.choice("ns"));
            boolean gram = NewtonSchulz.Form.valueOf(config.choice("ns-form").toUpperCase(Locale.ROOT)).gram(rows, cols);
            double[] o = new double[n];
            for (int off = 0; off < n; off += block) {
                INDArray x = u.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(off, off + block)).dup('c').reshape('c', rows, cols);
                x = orthogonalise(x, poly, config.integer("ns-steps"), config.number("ns-eps"), gram);
                System.arraycopy(x.dup('c').data().asDouble(), 0, o, off, block);
            }
            return Nd4j.create(o, new long[] {1, n}, DataType.DOUBLE).muli(lr * config.number("scale"));
        }

        /** {@code X ← G/(‖G‖_F + ε)}, then X ← a·X + (b·A + c·A²)·X with A = X·Xᵀ, or X·(a·I + b·A + c·A²) with A = Xᵀ·X. */
        private static INDArray orthogonalise(INDArray x, NewtonSchulz.Polynomial poly, int steps, double eps, boolean gram) {
            double[] k = poly.coefficients();
            double scale = 1 / (x.norm2Number().doubleValue() + eps);
            if (Double.isInfinite(scale)) {
                return Nd4j.zeros(DataType.DOUBLE, x.shape());
            }
            x = x.mul(scale);
            for (int s = 0; s < steps; s++) {
                INDArray a = gram ? x.transpose().mmul(x) : x.mmul(x.transpose());
                INDArray b = a.mul(k[1]);
                if (k[2] != 0) {
                    b.addi(a.mmul(a).muli(k[2]));
                }
                if (gram) {
                    b.addi(Nd4j.eye(b.rows()).castTo(DataType.DOUBLE).muli(k[0]));
                    x = x.mmul(b);
                } else {
                    x = x.mul(k[0]).addi(b.mmul(x));
                }
            }
            return x;
        }
    }
}
