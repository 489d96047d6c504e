package nnwb.core.cost;

import nnwb.core.graph.AdaptivePooling;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;

import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * What one layer costs, for a single example and a single copy.
 * <ul>
 * <li>{@code weights} and {@code biases} are trainable parameters; batch norm
 * counts gamma as weights and beta as biases, its running mean and variance are
 * {@code buffers} (stored, not trained).</li>
 * <li>{@code macs}: forward multiply-accumulates. Convolution: output values ×
 * input channels per group × kernel area; transposed convolution: input values ×
 * output channels per group × kernel area (products landing in cropped padding
 * included); fully connected: in × out; batch norm: one per value (the affine
 * form with the statistics folded); average pooling: kernel area per output
 * (a fixed-weight convolution). Max pooling, activations, dropout, upsampling,
 * flatten, add and concat: 0; an element-wise product: one per output value. Biases add, they do not
 * multiply.</li>
 * <li>{@code inputGradMults}: multiplications for the gradient with respect to
 * the layer input (the same count as {@code macs} for linear layers, one per
 * value for batch norm, kernel area per output for average pooling); counted
 * for every layer, the first included, although a network input needs none.</li>
 * <li>{@code weightGradMults}: multiplications for the weight gradients
 * ({@code macs} again for convolutions and fc, one per value for batch norm's
 * gamma).</li>
 * </ul>
 */
public record LayerCost(Poly weights, Poly biases, Poly buffers, Poly macs, Poly inputGradMults, Poly weightGradMults) {

    public static final LayerCost ZERO = new LayerCost(Poly.ZERO, Poly.ZERO, Poly.ZERO, Poly.ZERO, Poly.ZERO, Poly.ZERO);

    /** Trainable parameters: weights + biases. */
    public Poly params() {
        return weights.add(biases);
    }

    /** Backward multiplications: input gradient + weight gradient. */
    public Poly backwardMults() {
        return inputGradMults.add(weightGradMults);
    }

    /** The cost of node {@code n}. */
    public static LayerCost of(Node n) {
        if (n.isInput()) {
            return ZERO;
        }
        LayerParams p = n.params();
        Shape in = n.inputShape();
        Shape out = n.outputShape();
        return switch (n.kind()) {
            case CONV -> {
                Poly perFilter = in.channels().multiply(p.kernelArea()).divide(p.groups().constant());
                Poly w = p.units().multiply(perFilter);
                Poly macs = out.elements().multiply(perFilter);
                yield new LayerCost(w, p.bias() ? p.units() : Poly.ZERO, Poly.ZERO, macs, macs, macs);
            }
            case CONV_TRANSPOSE -> {
                Poly perInput = p.units().multiply(p.kernelArea()).divide(p.groups().constant());
                Poly w = in.channels().multiply(perInput);
                Poly macs = in.elements().multiply(perInput);
                yield new LayerCost(w, p.bias() ? p.units() : Poly.ZERO, Poly.ZERO, macs, macs, macs);
            }
            case FC -> {
                Poly w = in.elements().multiply(p.units());
                yield new LayerCost(w, p.bias() ? p.units() : Poly.ZERO, Poly.ZERO, w, w, w);
            }
            case BATCH_NORM -> {
                Poly c = in.channels();
                Poly e = out.elements();
                yield new LayerCost(p.affine() ? c : Poly.ZERO, p.affine() ? c : Poly.ZERO, c.multiply(2), e, e, p.affine() ? e : Poly.ZERO);
            }
            case AVG_POOL -> {
                Poly m = out.elements().multiply(p.kernelArea());
                yield new LayerCost(Poly.ZERO, Poly.ZERO, Poly.ZERO, m, m, Poly.ZERO);
            }
            case MUL -> {
                // one product per output value forward; backward a product per value for each factor's gradient
                // (a broadcast gate's gradient sums those products over its window)
                Poly e = out.elements();
                yield new LayerCost(Poly.ZERO, Poly.ZERO, Poly.ZERO, e, e.multiply(2), Poly.ZERO);
            }
            case GLOBAL_AVG_POOL -> new LayerCost(Poly.ZERO, Poly.ZERO, Poly.ZERO, in.elements(), in.elements(), Poly.ZERO);
            case ADAPTIVE_AVG_POOL -> {
                Poly m = AdaptivePooling.windowSum(in, out);
                yield new LayerCost(Poly.ZERO, Poly.ZERO, Poly.ZERO, m, m, Poly.ZERO);
            }
            default -> ZERO;
        };
    }

    /** True for kinds that hold trainable parameters. */
    static boolean parametrised(LayerKind k) {
        return k == LayerKind.CONV || k == LayerKind.CONV_TRANSPOSE || k == LayerKind.FC || k == LayerKind.BATCH_NORM;
    }
}
