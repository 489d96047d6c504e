package nnwb.compute.graph;

/**
 * What a {@link GraphNode} computes. Paddings are given before and after the input per axis (zeros); a
 * transposed convolution's paddings are the cells it crops from its full output, as in PyTorch.
 */
public sealed interface GraphOp {

    /** Convolution (cross-correlation) with zero padding, one group. */
    record Conv(int filters, Axes kernel, Axes stride, Axes padBefore, Axes padAfter, Axes dilation, boolean bias)
            implements GraphOp {
    }

    /** Transposed convolution, one group: PyTorch's ConvTranspose with its padding and output_padding. */
    record TransposedConv(int filters, Axes kernel, Axes stride, Axes padBefore, Axes padAfter, Axes outputPadding,
            Axes dilation, boolean bias) implements GraphOp {
    }

    /** Max or average pooling; average pooling divides by the whole window, padding included (PyTorch's default). */
    record Pool(PoolType type, Axes kernel, Axes stride, Axes padBefore, Axes padAfter, Axes dilation) implements GraphOp {
    }

    /** Average over all spatial positions, keeping a 1x1 map per channel (adaptive average pooling to 1). */
    record GlobalAvgPool() implements GraphOp {
    }

    /** Nearest-neighbour upsampling by an integer factor on every spatial axis. */
    record Upsample(int factor) implements GraphOp {
    }

    /** Batch normalisation over channels; {@code affine} learns gamma and beta. */
    record BatchNorm(boolean affine) implements GraphOp {
    }

    /** Dropout that zeroes a value with probability {@code p} while training. */
    record Dropout(double p) implements GraphOp {
    }

    /** An element-wise function; {@code slope} is the negative slope of LEAKY_RELU, else ignored. */
    record Act(Fn fn, double slope) implements GraphOp {
    }

    /** Any shape to a vector (channels, then rows, then columns). */
    record Flatten() implements GraphOp {
    }

    /** Fully connected; an image input is flattened first. */
    record Dense(int units, boolean bias) implements GraphOp {
    }

    /** Element-wise sum of equally shaped inputs. */
    record Add() implements GraphOp {
    }

    /** Concatenation of the inputs along the channels. */
    record Concat() implements GraphOp {
    }

    /** Element-wise product of equally shaped inputs. */
    record Mul() implements GraphOp {
    }

    /** Pooling kinds. */
    enum PoolType {
        MAX, AVG
    }

    /** Element-wise functions. */
    enum Fn {
        RELU, LEAKY_RELU, SIGMOID, TANH, GELU, SOFTMAX, RELU6, SWISH, IDENTITY
    }
}
