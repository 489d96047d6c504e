package nnwb.core.graph;

import nnwb.core.conv.ConvArithmetic;

/**
 * Pooling output size with {@code ceil_mode} as PyTorch computes it: the division by the stride is
 * rounded up, except that the last window must start inside the input or its left padding (a window
 * starting in the right padding is dropped). A kernel wider than the padded input gives one output.
 * The rule itself is {@link ConvArithmetic#poolOutputCeil}.
 */
public final class CeilModePooling {

    private CeilModePooling() {
    }

    /** Output size of one axis; {@code before}/{@code after} are the paddings. */
    public static long output(long in, long kernel, long stride, long before, long after, long dilation) {
        return ConvArithmetic.poolOutputCeil(in, kernel, stride, before, after, dilation);
    }
}
