package nnwb.compute.dl4j.graph;

import java.util.List;

import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;

import nnwb.compute.graph.Axes;
import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphOp;
import nnwb.compute.graph.TensorShape;

/**
 * The DL4J layers and vertices of one spec node, in order. Zero padding that differs before and after becomes a
 * {@link ZeroPaddingLayer} in front; a transposed convolution runs unpadded and a {@link Cropping2D} cuts
 * PyTorch's padding off its full output (the output_padding cells stay); dropout's p is DL4J's retain
 * probability 1 - p; flatten of a vector is no vertex at all.
 */
final class GraphLayers {

    /** One DL4J layer or graph vertex; {@code suffix} names it after its node ("" for the node itself). */
    record Step(String suffix, Object item) {
    }

    private GraphLayers() {
    }

    static List<Step> steps(GraphNode n, TensorShape in, boolean sampling) {
        if (n.op() instanceof GraphOp.Conv c) {
            return padded(c.padBefore(), c.padAfter(), pad -> new ConvolutionLayer.Builder(ints(c.kernel()))
                    .stride(ints(c.stride())).padding(ints(pad)).dilation(ints(c.dilation())).nOut(c.filters()).hasBias(c.bias())
                    .activation(Activation.IDENTITY).build());
        } else if (n.op() instanceof GraphOp.TransposedConv t) {
            return transposed(t);
        } else if (n.op() instanceof GraphOp.Pool p) {
            return padded(p.padBefore(), p.padAfter(), pad -> new SubsamplingLayer.Builder(p.type() == GraphOp.PoolType.MAX
                    ? PoolingType.MAX : PoolingType.AVG).kernelSize(ints(p.kernel())).stride(ints(p.stride())).padding(ints(pad))
                    .dilation(ints(p.dilation())).avgPoolIncludePadInDivisor(true).build());
        } else if (n.op() instanceof GraphOp.GlobalAvgPool g) {
            return one(new GlobalPoolingLayer.Builder(PoolingType.AVG).collapseDimensions(false).build());
        } else if (n.op() instanceof GraphOp.Upsample u) {
            return one(new Upsampling2D.Builder().size(new int[] {in.rank() == 1 ? 1 : u.factor(), u.factor()})
                    .build());
        } else if (n.op() instanceof GraphOp.BatchNorm b) {
            return one(new BatchNormalization.Builder().lockGammaBeta(!b.affine()).build());
        } else if (n.op() instanceof GraphOp.Dropout d) {
            return one(sampling ? activation(Activation.IDENTITY.getActivationFunction())
                    : new DropoutLayer.Builder(1 - d.p()).build());
        } else if (n.op() instanceof GraphOp.Act a) {
            return one(activation(function(a)));
        } else if (n.op() instanceof GraphOp.Flatten f) {
            return in.isVector() ? List.of()
                    : one(new PreprocessorVertex(new CnnToFeedForwardPreProcessor(in.height(), in.width(), in.channels())));
        } else if (n.op() instanceof GraphOp.Dense d) {
            return one(new DenseLayer.Builder().nOut(d.units()).hasBias(d.bias()).activation(Activation.IDENTITY)
                    .build());
        } else if (n.op() instanceof GraphOp.Add a) {
            return one(new ElementWiseVertex(ElementWiseVertex.Op.Add));
        } else if (n.op() instanceof GraphOp.Concat c) {
            return one(new MergeVertex());
        } else if (n.op() instanceof GraphOp.Mul m) {
            return one(new ElementWiseVertex(ElementWiseVertex.Op.Product));
        }
        throw new IllegalStateException("unexpected " + n.op());
    }

    private static List<Step> one(Object item) {
        return List.of(new Step("", item));
    }

    private static List<Step> padded(Axes before, Axes after, java.util.function.Function<Axes, Object> layer) {
        if (before.equals(after)) {
            return one(layer.apply(before));
        }
        return List.of(new Step("pad", new ZeroPaddingLayer.Builder(before.h(), after.h(), before.w(), after.w()).build()),
                new Step("", layer.apply(new Axes(0, 0))));
    }

    private static List<Step> transposed(GraphOp.TransposedConv t) {
        Step deconv = new Step("", new Deconvolution2D.Builder(ints(t.kernel())).stride(ints(t.stride())).padding(0, 0)
                .dilation(ints(t.dilation())).nOut(t.filters()).hasBias(t.bias()).activation(Activation.IDENTITY).build());
        int bottom = t.padAfter().h() - t.outputPadding().h();
        int right = t.padAfter().w() - t.outputPadding().w();
        if (t.padBefore().h() == 0 && t.padBefore().w() == 0 && bottom == 0 && right == 0) {
            return List.of(deconv);
        }
        return List.of(deconv, new Step("crop", new Cropping2D(t.padBefore().h(), bottom, t.padBefore().w(), right)));
    }

    private static ActivationLayer activation(IActivation fn) {
        return new ActivationLayer.Builder().activation(fn).build();
    }

    private static IActivation function(GraphOp.Act a) {
        return switch (a.fn()) {
            case RELU -> Activation.RELU.getActivationFunction();
            case LEAKY_RELU -> new ActivationLReLU(a.slope());
            case SIGMOID -> Activation.SIGMOID.getActivationFunction();
            case TANH -> Activation.TANH.getActivationFunction();
            case GELU -> Activation.GELU.getActivationFunction();
            case SOFTMAX -> Activation.SOFTMAX.getActivationFunction();
            case RELU6 -> Activation.RELU6.getActivationFunction();
            case SWISH -> Activation.SWISH.getActivationFunction();
            case IDENTITY -> Activation.IDENTITY.getActivationFunction();
        };
    }

    private static int[] ints(Axes a) {
        return new int[] {a.h(), a.w()};
    }
}
