package nnwb.compute.dl4j.train;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

import nnwb.compute.ComputeException;
import nnwb.compute.train.LayerSetup;

/**
 * A training spec's per-layer setups in DL4J: a frozen layer gets plain SGD with learning rate 0 for its weights and
 * biases and no regularisation, so every step subtracts exactly zero and the saved model stays an ordinary DL4J model
 * that plain DL4J loads. (DL4J's NoOp updater would not do: it passes the raw gradient on, a step of learning rate 1;
 * FrozenLayer wrappers would change the saved configuration's layer types.) Initial kernels are written into the convolution's {@code W} ([out, in, kh, kw]) after
 * {@code init()}, and its bias is set to zero.
 */
final class LayerSetups {

    private LayerSetups() {
    }

    /** Gives the frozen layers of {@code conf} a zero learning rate and no regularisation. */
    static void freeze(ComputationGraphConfiguration conf, List<LayerSetup> setups) {
        for (LayerSetup s : setups) {
            if (!s.frozen()) {
                continue;
            }
            GraphVertex v = conf.getVertices().get(s.layer());
            if (v instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof BaseLayer b) {
                b.setIUpdater(new Sgd(0.0));
                b.setBiasUpdater(new Sgd(0.0));
                b.setRegularization(new ArrayList<>());
                b.setRegularizationBias(new ArrayList<>());
            } else {
                throw new ComputeException("layer '" + s.layer() + "' has no weights to freeze");
            }
        }
    }

    /** Writes the initial kernels of {@code setups} into the initialised {@code net}. */
    static void initialise(ComputationGraph net, List<LayerSetup> setups) {
        for (LayerSetup s : setups) {
            if (s.kernels().isEmpty()) {
                continue;
            }
            INDArray w = net.getLayer(s.layer()).getParam("W");
            long[] shape = w.shape(); // [out, in, kh, kw]
            int out = (int) shape[0];
            int in = (int) shape[1];
            int kh = (int) shape[2];
            int kw = (int) shape[3];
            float[] v = new float[out * in * kh * kw];
            for (int o = 0; o < out; o++) {
                double[][] k = s.kernels().get(o);
                for (int c = 0; c < in; c++) {
                    for (int r = 0; r < kh; r++) {
                        for (int q = 0; q < kw; q++) {
                            v[((o * in + c) * kh + r) * kw + q] = (float) k[r][q];
                        }
                    }
                }
            }
            w.assign(Nd4j.create(v, shape, 'c').castTo(DataType.FLOAT));
            INDArray b = net.getLayer(s.layer()).getParam("b");
            if (b != null) {
                b.assign(0);
            }
        }
    }
}
