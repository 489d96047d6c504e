package nnwb.compute.dl4j.bench;

import java.util.List;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import nnwb.compute.UpdaterSpec;
import nnwb.compute.dl4j.net.TrainingSpeed;
import nnwb.compute.net.LayerSpec;
import nnwb.compute.net.Loss;
import nnwb.compute.net.NetworkSpec;

/**
 * The benchmark's models, defined exactly as {@code releng/bench/pytorch_bench.py} defines them.
 * The edge CNN goes through the service's own network path ({@link NetworkSpec}); the small
 * ResNet, which needs residual connections, is a DL4J ComputationGraph.
 */
public final class BenchModels {

    private BenchModels() {
    }

    /** 28x28x1: CONV3-10, POOL2, CONV3-10, POOL2, FC-3 (softmax); Adam 1e-3. */
    public static NetworkSpec edgeCnn() {
        return new NetworkSpec(1, 28, 28, List.of(
                new LayerSpec.Conv2d(10, 3, 1, 0, nnwb.compute.net.Activation.RELU),
                new LayerSpec.Pool2d(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Conv2d(10, 3, 1, 0, nnwb.compute.net.Activation.RELU),
                new LayerSpec.Pool2d(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Output(3, nnwb.compute.net.Activation.SOFTMAX, Loss.CROSS_ENTROPY)),
                UpdaterSpec.adam(1e-3, 0.9, 0.999, 1e-8), 42);
    }

    /**
     * 32x32x3: conv3-16 + BN + ReLU, then three basic residual blocks (16, 32 stride 2, 64 stride
     * 2; two conv3 + BN each, 1x1 conv + BN shortcut when the shape changes), global average
     * pooling, FC-10 (softmax). Convolutions without bias. Adam 1e-3.
     */
    public static ComputationGraphConfiguration smallResNet(boolean nhwc) {
        return smallResNet(nhwc, TrainingSpeed.CACHE_MODE);
    }

    /** The small ResNet with an explicit cache mode (DL4J's default is {@link CacheMode#NONE}). */
    public static ComputationGraphConfiguration smallResNet(boolean nhwc, CacheMode cache) {
        CNN2DFormat f = nhwc ? CNN2DFormat.NHWC : CNN2DFormat.NCHW;
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder().seed(42)
                .dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Truncate).cacheMode(cache).graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(32, 32, 3, f));
        String x = conv(g, "stem", "in", 16, 3, 1, f);
        x = bn(g, "stem_bn", x, f);
        x = relu(g, "stem_relu", x);
        x = block(g, "b1", x, 16, 16, 1, f);
        x = block(g, "b2", x, 16, 32, 2, f);
        x = block(g, "b3", x, 32, 64, 2, f);
        g.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x);
        g.addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "pool");
        return g.setOutputs("out").build();
    }

    private static String block(ComputationGraphConfiguration.GraphBuilder g, String n, String in, int cin, int cout,
            int stride, CNN2DFormat f) {
        String a = relu(g, n + "_relu1", bn(g, n + "_bn1", conv(g, n + "_c1", in, cout, 3, stride, f), f));
        String b = bn(g, n + "_bn2", conv(g, n + "_c2", a, cout, 3, 1, f), f);
        String shortcut = in;
        if (stride != 1 || cin != cout) {
            shortcut = bn(g, n + "_sbn", conv(g, n + "_sc", in, cout, 1, stride, f), f);
        }
        g.addVertex(n + "_add", new ElementWiseVertex(ElementWiseVertex.Op.Add), b, shortcut);
        return relu(g, n + "_out", n + "_add");
    }

    private static String conv(ComputationGraphConfiguration.GraphBuilder g, String name, String in, int out, int k,
            int stride, CNN2DFormat f) {
        int pad = k / 2;
        g.addLayer(name, new ConvolutionLayer.Builder(k, k).stride(stride, stride).padding(pad, pad).nOut(out)
                .hasBias(false).activation(Activation.IDENTITY).dataFormat(f).build(), in);
        return name;
    }

    private static String bn(ComputationGraphConfiguration.GraphBuilder g, String name, String in, CNN2DFormat f) {
        g.addLayer(name, new BatchNormalization.Builder().dataFormat(f).build(), in);
        return name;
    }

    private static String relu(ComputationGraphConfiguration.GraphBuilder g, String name, String in) {
        g.addLayer(name, new ActivationLayer.Builder().activation(Activation.RELU).build(), in);
        return name;
    }
}
