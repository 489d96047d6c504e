package nnwb.compute.dl4j.net;

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

/**
 * A DL4J {@link MultiLayerNetwork} behind the API. Every call runs on the service's worker.
 * Images arrive NCHW; when the network is laid out NHWC they are permuted on the way in.
 */
public final class Dl4jNetwork extends WorkerNetwork<MultiLayerNetwork> {

    /** Key in the model file under which the image layout is stored. */
    static final String LAYOUT_KEY = "nnwb-layout";

    private final boolean nhwc;

    /** Wraps {@code net}; {@code nhwc}: it is laid out NHWC, so images are permuted on the way in. */
    public Dl4jNetwork(ComputeWorker worker, MultiLayerNetwork net, boolean nhwc) {
        super(worker, net);
        this.nhwc = nhwc;
    }

    /**
     * Loads a file written by {@link #save(Path)}, or any DL4J {@code MultiLayerNetwork} zip written by
     * {@code ModelSerializer} (without our layout entry it is taken as NCHW, DL4J's default); call on the worker.
     */
    public static Dl4jNetwork load(ComputeWorker worker, Path file) {
        return read(file, () -> {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
            String layout = ModelSerializer.listObjectsInFile(file.toFile()).contains(LAYOUT_KEY)
                    ? ModelSerializer.getObjectFromFile(file.toFile(), LAYOUT_KEY) : "NCHW";
            return new Dl4jNetwork(worker, net, "NHWC".equals(layout));
        });
    }

    /** Converts NCHW features to the network's layout. */
    @Override
    public INDArray features(Tensor features) {
        INDArray x = NdArrays.ofFloat(features);
        return nhwc ? x.permute(0, 2, 3, 1).dup('c') : x;
    }

    @Override
    protected INDArray output(MultiLayerNetwork model, INDArray x) {
        return model.output(x, false);
    }

    @Override
    protected double score(MultiLayerNetwork model, DataSet data) {
        return model.score(data, false);
    }

    @Override
    protected String entryKey() {
        return LAYOUT_KEY;
    }

    @Override
    protected Object entryValue() {
        return nhwc ? "NHWC" : "NCHW";
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
}
