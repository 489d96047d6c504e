package nnwb.core.filter.op;

import nnwb.core.conv.ConvArithmetic;
import nnwb.core.filter.kernel.Kernel;

/**
 * Everything about a 2D filtering except the kernel and the input: operation, padding mode, and per-axis
 * stride, dilation and padding. Not validated here; {@link FilterPlan} validates against a kernel and input.
 *
 * @param mode    correlation or true convolution
 * @param padMode how padding cells are filled
 * @param rows    the vertical axis (height)
 * @param cols    the horizontal axis (width)
 */
public record FilterSpec(FilterMode mode, PadMode padMode, AxisParams rows, AxisParams cols) {

    public FilterSpec {
        if (mode == null || padMode == null || rows == null || cols == null) {
            throw new IllegalArgumentException("a filter needs a mode, a padding mode and both axes");
        }
    }

    /** The same stride, padding (each side) and dilation on both axes. */
    public static FilterSpec of(FilterMode mode, int stride, int pad, PadMode padMode, int dilation) {
        AxisParams a = AxisParams.of(stride, pad, dilation);
        return new FilterSpec(mode, padMode, a, a);
    }

    /** Correlation, stride 1, no padding, no dilation. */
    public static FilterSpec valid(FilterMode mode) {
        return of(mode, 1, 0, PadMode.ZERO, 1);
    }

    /**
     * The padding that keeps the size at stride 1 ("same"): {@code dilation*(k-1)} cells per axis, the odd one
     * after the input as in PyTorch, so that the kernel's centre tap lies over the input cell of the same index.
     */
    public static FilterSpec same(Kernel k, FilterMode mode, PadMode padMode, int dilation) {
        return new FilterSpec(mode, padMode, sameAxis(k.rows(), dilation), sameAxis(k.cols(), dilation));
    }

    private static AxisParams sameAxis(int k, int dilation) {
        int total = (int) Math.min(Integer.MAX_VALUE, ConvArithmetic.effectiveKernel(k, Math.max(1, dilation)) - 1);
        return new AxisParams(1, dilation, total / 2, total - total / 2);
    }

    /** This spec with another operation. */
    public FilterSpec withMode(FilterMode m) {
        return new FilterSpec(m, padMode, rows, cols);
    }

    /** This spec with another padding mode. */
    public FilterSpec withPadMode(PadMode p) {
        return new FilterSpec(mode, p, rows, cols);
    }
}
