package nnwb.compute.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Verifies that DL4J's oneDNN layer helpers are really active. They fail silently (a static flag
 * turns them off for the JVM), and ND4J's own {@code isUseONEDNN()} reads true even without them,
 * so the check builds a tiny convolution + pooling network, runs it once and looks at the
 * helpers its layers hold.
 */
final class HelperCheck {

    /** The outcome: whether both layers hold a oneDNN helper, and what they hold. */
    record Result(boolean active, String description) {
    }

    private HelperCheck() {
    }

    static Result run() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(6, 6, 1)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.output(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 1, 6, 6));
        String conv = helperName(net.getLayer(0));
        String pool = helperName(net.getLayer(1));
        boolean active = conv.startsWith("MKLDNN") && pool.startsWith("MKLDNN");
        String text = active ? "active (convolution " + conv + ", pooling " + pool + ")"
                : "NOT active (convolution " + conv + ", pooling " + pool + "); " + HelperCheck.class.getSimpleName()
                        + " expects MKLDNN helpers: check " + BackendStarter.HELPERS_DISABLE
                        + "=false and the Nd4jCpu$Environment shim in nnwb.dl4j";
        return new Result(active, text);
    }

    private static String helperName(Layer layer) {
        LayerHelper h = layer.getHelper();
        return h == null ? "none" : h.getClass().getSimpleName();
    }
}
