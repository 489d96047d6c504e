import java.util.List;

/**
 * The convolution, pooling and batch-norm layers of the two benchmark models, in forward order, with the
 * shapes of nnwb.compute.dl4j.bench.BenchModels (and releng/bench/pytorch_bench.py):
 * <ul>
 * <li>edge-cnn, 28x28x1: conv3-10 (bias, valid), maxpool 2/2, conv3-10 (bias, valid), maxpool 2/2, then the
 * dense layer (not a kernel here);</li>
 * <li>small-resnet, 32x32x3: conv3-16 + BN, blocks 16, 32/2, 64/2 (conv3 + BN, conv3 + BN, 1x1/2 conv + BN
 * shortcut where the shape changes), convolutions without bias, padding k/2; then global average pooling and
 * the dense layer (not kernels here).</li>
 * </ul>
 * The ReLUs and residual sums stay ND4J's element-wise ops either way and are not timed here. Boundaries: where
 * the NHWC chain meets DL4J's NCHW layers (a reorder forward, and of its gradient backward when one flows).
 */
final class Layers {

    sealed interface Layer permits Conv, Pool, Bn {
        String name();
    }

    /** k x k convolution of an h x h input; first = the network's first layer (no input gradient needed). */
    record Conv(String name, int cin, int cout, int k, int stride, int pad, int h, boolean bias, boolean first)
            implements Layer {
        int out() {
            return (h + 2 * pad - k) / stride + 1;
        }
    }

    /** 2x2 max pooling, stride 2, of c channels of h x h (truncating). */
    record Pool(String name, int c, int h) implements Layer {
        int out() {
            return h / 2;
        }
    }

    /** Batch norm (scale and shift, batch statistics) of c channels of h x h. */
    record Bn(String name, int c, int h) implements Layer {
    }

    /** A layout change at the chain's ends: c channels of h x h, forward only or forward and backward. */
    record Boundary(String name, int c, int h, boolean backward) {
    }

    record Model(String name, List<Layer> layers, List<Boundary> boundaries) {
    }

    static Model model(String name) {
        return switch (name) {
            case "edge-cnn" -> new Model(name, List.of(
                    new Conv("conv1", 1, 10, 3, 1, 0, 28, true, true),
                    new Pool("pool1", 10, 26),
                    new Conv("conv2", 10, 10, 3, 1, 0, 13, true, false),
                    new Pool("pool2", 10, 11)),
                    // input has one channel: NCHW and NHWC are the same bytes; pool2 -> dense layer (NCHW flatten)
                    List.of(new Boundary("pool2 -> dense", 10, 5, true)));
            case "small-resnet" -> new Model(name, List.of(
                    new Conv("stem", 3, 16, 3, 1, 1, 32, false, true), new Bn("stem_bn", 16, 32),
                    new Conv("b1_c1", 16, 16, 3, 1, 1, 32, false, false), new Bn("b1_bn1", 16, 32),
                    new Conv("b1_c2", 16, 16, 3, 1, 1, 32, false, false), new Bn("b1_bn2", 16, 32),
                    new Conv("b2_c1", 16, 32, 3, 2, 1, 32, false, false), new Bn("b2_bn1", 32, 16),
                    new Conv("b2_c2", 32, 32, 3, 1, 1, 16, false, false), new Bn("b2_bn2", 32, 16),
                    new Conv("b2_sc", 16, 32, 1, 2, 0, 32, false, false), new Bn("b2_sbn", 32, 16),
                    new Conv("b3_c1", 32, 64, 3, 2, 1, 16, false, false), new Bn("b3_bn1", 64, 8),
                    new Conv("b3_c2", 64, 64, 3, 1, 1, 8, false, false), new Bn("b3_bn2", 64, 8),
                    new Conv("b3_sc", 32, 64, 1, 2, 0, 16, false, false), new Bn("b3_sbn", 64, 8)),
                    List.of(new Boundary("input -> stem", 3, 32, false),
                            new Boundary("b3 -> global pool", 64, 8, true)));
            default -> throw new IllegalArgumentException("unknown model " + name + " (edge-cnn or small-resnet)");
        };
    }

    private Layers() {
    }
}
