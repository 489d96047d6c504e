package nnwb.compute.dl4j.net;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import nnwb.compute.Tensor;
import nnwb.compute.dl4j.ComputeWorker;
import nnwb.compute.dl4j.ops.NdArrays;
import nnwb.compute.net.ConvWeights;
import nnwb.compute.net.Evaluation;
import nnwb.compute.net.Network;

/**
 * A DL4J {@link MultiLayerNetwork} behind the API. Every call runs on the service's worker.
 * Images arrive NCHW; when the network is laid out NHWC they are permuted on the way in.
 */
public final class Dl4jNetwork implements Network {

    /** Key in the model file under which the image layout is stored. */
    static final String LAYOUT_KEY = "nnwb-layout";

    private final ComputeWorker worker;
    private final boolean nhwc;
    private MultiLayerNetwork net;

    public Dl4jNetwork(ComputeWorker worker, MultiLayerNetwork net, boolean nhwc) {
        this.worker = worker;
        this.net = net;
        this.nhwc = nhwc;
    }

    /**
     * Loads a file written by {@link #save(Path)}, or any DL4J {@code MultiLayerNetwork} zip written by
     * {@code ModelSerializer} (without our layout entry it is taken as NCHW, DL4J's default); call on the worker.
     */
    public static Dl4jNetwork load(ComputeWorker worker, Path file) {
        try {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
            String layout = ModelSerializer.listObjectsInFile(file.toFile()).contains(LAYOUT_KEY)
                    ? ModelSerializer.getObjectFromFile(file.toFile(), LAYOUT_KEY) : "NCHW";
            return new Dl4jNetwork(worker, net, "NHWC".equals(layout));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read network " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a network file of NN Workbench: " + file + " (" + e + ")", e);
        }
    }

    /** The DL4J network, for the benchmark; use on the worker only. */
    public MultiLayerNetwork dl4j() {
        return open();
    }

    /** Converts NCHW features to the network's layout. */
    public INDArray features(Tensor features) {
        INDArray x = NdArrays.ofFloat(features);
        return nhwc ? x.permute(0, 2, 3, 1).dup('c') : x;
    }

    @Override
    public double fit(Tensor features, Tensor labels) {
        return worker.call(() -> {
            MultiLayerNetwork n = open();
            n.fit(new DataSet(features(features), NdArrays.ofFloat(labels)));
            return n.score();
        });
    }

    @Override
    public Tensor predict(Tensor features) {
        return worker.call(() -> NdArrays.tensor(open().output(features(features), false)));
    }

    @Override
    public Evaluation evaluate(Tensor features, Tensor labels) {
        return worker.call(() -> {
            MultiLayerNetwork n = open();
            INDArray y = NdArrays.ofFloat(labels);
            DataSet ds = new DataSet(features(features), y);
            double loss = n.score(ds, false);
            INDArray out = n.output(ds.getFeatures(), false);
            INDArray predicted = out.argMax(1);
            INDArray actual = y.argMax(1);
            long hits = predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.INT).sumNumber().longValue();
            int count = (int) y.size(0);
            return new Evaluation(count, loss, count == 0 ? 0 : (double) hits / count);
        });
    }

    @Override
    public long parameterCount() {
        return worker.call(() -> open().numParams());
    }

    /**
     * The weights of every layer whose configuration is exactly DL4J's {@link ConvolutionLayer} (not its 1D, 3D,
     * depthwise, separable or transposed subclasses). DL4J keeps them as [out, in, height, width] whatever the
     * activation layout, and its layers cross-correlate.
     */
    @Override
    public List<ConvWeights> convolutionWeights() {
        return worker.call(() -> {
            List<ConvWeights> out = new ArrayList<>();
            Layer[] layers = open().getLayers();
            for (int i = 0; i < layers.length; i++) {
                Object conf = layers[i].conf().getLayer();
                if (conf == null || conf.getClass() != ConvolutionLayer.class) {
                    continue;
                }
                ConvolutionLayer c = (ConvolutionLayer) conf;
                INDArray w = layers[i].getParam("W");
                INDArray b = c.hasBias() ? layers[i].getParam("b") : null;
                if (w == null || w.rank() != 4) {
                    continue;
                }
                double[] bias = b == null ? null : b.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).dup('c').data().asDouble();
                out.add(new ConvWeights(i, c.getLayerName(), NdArrays.tensor(w), bias));
            }
            return out;
        });
    }

    @Override
    public void save(Path file) {
        worker.call(() -> {
            File f = file.toFile();
            ModelSerializer.writeModel(open(), f, true);
            ModelSerializer.addObjectToFile(f, LAYOUT_KEY, nhwc ? "NHWC" : "NCHW");
            return null;
        });
    }

    @Override
    public void close() {
        worker.call(() -> {
            if (net != null) {
                net.close();
                net = null;
            }
            return null;
        });
    }

    private MultiLayerNetwork open() {
        if (net == null) {
            throw new IllegalStateException("network is closed");
        }
        return net;
    }
}
