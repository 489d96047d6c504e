package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The closed-form size arithmetic of convolution, pooling and transposed convolution along one axis.
 * Pure functions without validation: the callers check the parameters (see {@link ConvValidation}).
 * Paddings named {@code padTotal} are the sum of both sides.
 */
public final class ConvArithmetic {

    private ConvArithmetic() {
    }

    /** The span of a dilated kernel: {@code dilation*(kernel-1)+1}. */
    public static long effectiveKernel(long kernel, long dilation) {
        return dilation * (kernel - 1) + 1;
    }

    /**
     * Output size of a convolution or pooling: {@code floor((in + padTotal - dilation*(kernel-1) - 1)/stride) + 1},
     * floored towards minus infinity; zero or negative when the kernel does not fit.
     */
    public static long convOutput(long in, long kernel, long stride, long padTotal, long dilation) {
        return Math.floorDiv(in + padTotal - dilation * (kernel - 1) - 1, stride) + 1;
    }

    /**
     * Output size of a pooling with PyTorch's {@code ceil_mode}: {@code ceil((in + before + after - span)/stride) + 1},
     * less one when that last window would start in the right padding ({@code (out-1)*stride >= in + before}), as
     * PyTorch's {@code pooling_output_shape_pad_lr} computes it. Windows may run off the end when they start inside the
     * input or its left padding, so a kernel wider than the padded input still gives one output (PyTorch does); zero or
     * negative only where PyTorch refuses too.
     */
    public static long poolOutputCeil(long in, long kernel, long stride, long before, long after, long dilation) {
        long out = Math.floorDiv(in + before + after - effectiveKernel(kernel, dilation) + stride - 1, stride) + 1;
        if ((out - 1) * stride >= in + before) {
            out--;
        }
        return out;
    }

    /** Output size of a transposed convolution: {@code (in-1)*stride - padTotal + dilation*(kernel-1) + outputPadding + 1}. */
    public static long transposedOutput(long in, long kernel, long stride, long padTotal, long dilation, long outputPadding) {
        return (in - 1) * stride - padTotal + dilation * (kernel - 1) + outputPadding + 1;
    }

    /**
     * The smallest input size (at least 1) whose convolution output is exactly {@code out}, or empty when
     * none is (the padding alone already yields more outputs, or {@code out < 1}).
     */
    public static OptionalLong minInput(long out, long kernel, long stride, long padTotal, long dilation) {
        if (out < 1) {
            return OptionalLong.empty();
        }
        long candidate = Math.max(1, (out - 1) * stride + effectiveKernel(kernel, dilation) - padTotal);
        return convOutput(candidate, kernel, stride, padTotal, dilation) == out ? OptionalLong.of(candidate) : OptionalLong.empty();
    }

    /** The largest input size with the same output as {@code minInput}: {@code stride-1} more cells are simply dropped. */
    public static long maxInputForSameOutput(long out, long kernel, long stride, long padTotal, long dilation) {
        return (out - 1) * stride + effectiveKernel(kernel, dilation) - padTotal + stride - 1;
    }

    /** Total "same" padding: what makes the output {@code ceil(in/stride)} (exactly {@code in} at stride 1). */
    public static long samePaddingTotal(long in, long kernel, long stride, long dilation) {
        long out = -Math.floorDiv(-in, stride);
        return Math.max(0, (out - 1) * stride + effectiveKernel(kernel, dilation) - in);
    }

    /** All symmetric per-side paddings {@code p >= 0} with which a convolution of {@code in} cells yields {@code target}. */
    public static List<Long> convPaddingsFor(long in, long kernel, long stride, long dilation, long target) {
        List<Long> result = new ArrayList<>();
        if (target < 1) {
            return result;
        }
        long lowTotal = (target - 1) * stride + effectiveKernel(kernel, dilation) - in;
        for (long total = Math.max(0, lowTotal); total <= lowTotal + stride - 1; total++) {
            if (total % 2 == 0) {
                result.add(total / 2);
            }
        }
        return result;
    }

    /** The largest output padding a transposed convolution accepts: one less than {@code max(stride, dilation)}. */
    public static long maxOutputPadding(long stride, long dilation) {
        return Math.max(stride, dilation) - 1;
    }

    /** At most this many transposed solutions are listed (a huge stride would otherwise give millions). */
    public static final int MAX_SOLUTIONS = 64;

    /**
     * All (per-side padding, output padding) pairs, up to {@link #MAX_SOLUTIONS}, with {@code padding >= 0} and
     * {@code 0 <= outputPadding < max(stride, dilation)} that make a transposed convolution of {@code in} cells
     * yield {@code target} cells, ordered by output padding.
     */
    public static List<TransposedSolution> transposedSolutions(long in, long kernel, long stride, long dilation, long target) {
        List<TransposedSolution> result = new ArrayList<>();
        long base = transposedOutput(in, kernel, stride, 0, dilation, 0) - target;
        for (long op = Math.max(0, -base); op <= maxOutputPadding(stride, dilation) && result.size() < MAX_SOLUTIONS; op++) {
            long twoP = transposedOutput(in, kernel, stride, 0, dilation, op) - target;
            if (twoP >= 0 && twoP % 2 == 0) {
                result.add(new TransposedSolution(twoP / 2, op));
            }
        }
        return result;
    }

    /**
     * The output padding with which the transposed convolution with the same kernel, stride, padding and dilation
     * gives back exactly {@code forwardInput} cells: the cells a strided convolution dropped at the end.
     */
    public static long inverseOutputPadding(long forwardInput, long kernel, long stride, long padTotal, long dilation) {
        return Math.floorMod(forwardInput + padTotal - effectiveKernel(kernel, dilation), stride);
    }
}
