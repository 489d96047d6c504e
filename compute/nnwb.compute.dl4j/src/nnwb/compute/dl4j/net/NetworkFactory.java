package nnwb.compute.dl4j.net;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import nnwb.compute.dl4j.ops.UpdaterSteps;
import nnwb.compute.net.Activation;
import nnwb.compute.net.LayerSpec;
import nnwb.compute.net.Loss;
import nnwb.compute.net.NetworkSpec;

/**
 * Maps a {@link NetworkSpec} onto a DL4J {@link MultiLayerConfiguration}: FLOAT parameters,
 * truncating convolution arithmetic, ReLU-scaled initialisation, images NCHW or NHWC inside, the forward
 * pass cached for backpropagation ({@link TrainingSpeed}).
 */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    public static MultiLayerConfiguration configuration(NetworkSpec spec, boolean nhwc) {
        return configuration(spec, nhwc, TrainingSpeed.CACHE_MODE);
    }

    /** The configuration with an explicit cache mode (DL4J's default is {@link CacheMode#NONE}). */
    public static MultiLayerConfiguration configuration(NetworkSpec spec, boolean nhwc, CacheMode cache) {
        CNN2DFormat format = nhwc ? CNN2DFormat.NHWC : CNN2DFormat.NCHW;
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(spec.seed())
                .dataType(DataType.FLOAT).updater(UpdaterSteps.config(spec.updater())).weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Truncate).cacheMode(cache).list();
        for (LayerSpec l : spec.layers()) {
            list.layer(layer(l, format));
        }
        return list.setInputType(InputType.convolutional(spec.height(), spec.width(), spec.channels(), format))
                .build();
    }

    private static Layer layer(LayerSpec l, CNN2DFormat format) {
        if (l instanceof LayerSpec.Conv2d c) {
            return new ConvolutionLayer.Builder(c.kernel(), c.kernel()).stride(c.stride(), c.stride())
                    .padding(c.padding(), c.padding()).nOut(c.filters()).activation(activation(c.activation()))
                    .dataFormat(format).build();
        } else if (l instanceof LayerSpec.Pool2d p) {
            return new SubsamplingLayer.Builder(p.kind() == LayerSpec.PoolKind.MAX
                    ? SubsamplingLayer.PoolingType.MAX : SubsamplingLayer.PoolingType.AVG)
                    .kernelSize(p.size(), p.size()).stride(p.stride(), p.stride()).dataFormat(format).build();
        } else if (l instanceof LayerSpec.Dense d) {
            return new DenseLayer.Builder().nOut(d.units()).activation(activation(d.activation()))
                    .build();
        } else if (l instanceof LayerSpec.Output o) {
            return new OutputLayer.Builder(loss(o.loss())).nOut(o.units())
                    .activation(activation(o.activation())).weightInit(WeightInit.XAVIER).build();
        }
        throw new IllegalStateException("unexpected " + l);
    }

    static org.nd4j.linalg.activations.Activation activation(Activation a) {
        return switch (a) {
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY;
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SOFTMAX -> org.nd4j.linalg.activations.Activation.SOFTMAX;
        };
    }

    private static LossFunctions.LossFunction loss(Loss l) {
        return switch (l) {
            case CROSS_ENTROPY -> LossFunctions.LossFunction.MCXENT;
            case MSE -> LossFunctions.LossFunction.MSE;
        };
    }
}
