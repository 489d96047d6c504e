package nnwb.compute.net;

/**
 * One layer of a {@link NetworkSpec}, in order from input to output. The analysis engine's model
 * maps onto these; images flow as [channels, height, width] and are flattened before the first
 * dense layer.
 */
public sealed interface LayerSpec {

    /**
     * A 2D convolution with square kernels.
     *
     * @param filters    output channels
     * @param kernel     kernel height and width
     * @param stride     step in both directions
     * @param padding    zero padding on each side
     * @param activation applied after the convolution (and bias)
     */
    record Conv2d(int filters, int kernel, int stride, int padding, Activation activation) implements LayerSpec {
        public Conv2d {
            positive(filters, "filters");
            positive(kernel, "kernel");
            positive(stride, "stride");
            if (padding < 0) {
                throw new IllegalArgumentException("padding must be >= 0");
            }
        }
    }

    /**
     * 2D pooling.
     *
     * @param kind   maximum or average
     * @param size   window height and width
     * @param stride step in both directions
     */
    record Pool2d(PoolKind kind, int size, int stride) implements LayerSpec {
        public Pool2d {
            positive(size, "size");
            positive(stride, "stride");
        }
    }

    /**
     * A fully connected layer.
     *
     * @param units      outputs
     * @param activation applied after the affine map
     */
    record Dense(int units, Activation activation) implements LayerSpec {
        public Dense {
            positive(units, "units");
        }
    }

    /**
     * The last layer: fully connected with its activation and the loss it is trained with.
     *
     * @param units      classes or outputs
     * @param activation e.g. SOFTMAX for classification
     * @param loss       e.g. CROSS_ENTROPY with SOFTMAX
     */
    record Output(int units, Activation activation, Loss loss) implements LayerSpec {
        public Output {
            positive(units, "units");
        }
    }

    /** Pooling kinds. */
    enum PoolKind {
        MAX, AVG
    }

    private static void positive(int v, String what) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, got " + v);
        }
    }
}
