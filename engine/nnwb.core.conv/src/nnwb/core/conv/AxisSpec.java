package nnwb.core.conv;

/**
 * The parameters of one layer along one axis (1D, or the width or the height of 2D).
 *
 * @param input         input size in cells
 * @param kernel        kernel size in taps
 * @param stride        step between windows (for a transposed convolution: the spacing of the input cells in the output)
 * @param padBefore     padding cells before the first input cell (for a transposed convolution: cells cropped from the start)
 * @param padAfter      padding cells after the last input cell (transposed: cells cropped from the end)
 * @param dilation      spacing between kernel taps; 1 means adjacent taps
 * @param outputPadding extra cells added at the end of a transposed convolution's output; 0 otherwise
 */
public record AxisSpec(long input, long kernel, long stride, long padBefore, long padAfter, long dilation, long outputPadding) {

    /** Symmetric padding {@code pad} on each side, no dilation, no output padding. */
    public static AxisSpec of(long input, long kernel, long stride, long pad) {
        return new AxisSpec(input, kernel, stride, pad, pad, 1, 0);
    }

    public AxisSpec withInput(long in) {
        return new AxisSpec(in, kernel, stride, padBefore, padAfter, dilation, outputPadding);
    }

    public AxisSpec withPadding(long before, long after) {
        return new AxisSpec(input, kernel, stride, before, after, dilation, outputPadding);
    }

    public AxisSpec withDilation(long d) {
        return new AxisSpec(input, kernel, stride, padBefore, padAfter, d, outputPadding);
    }

    public AxisSpec withOutputPadding(long op) {
        return new AxisSpec(input, kernel, stride, padBefore, padAfter, dilation, op);
    }

    /** Padding on both sides together. */
    public long padTotal() {
        return padBefore + padAfter;
    }

    /** The span of the kernel in cells, gaps included: {@code dilation*(kernel-1)+1}. */
    public long effectiveKernel() {
        return ConvArithmetic.effectiveKernel(kernel, dilation);
    }

    /** Input size plus padding on both sides. */
    public long paddedInput() {
        return input + padTotal();
    }

    /** The output size of this axis for the given kind (no validation: may be zero or negative). */
    public long outputSize(ConvKind kind) {
        return kind == ConvKind.TRANSPOSED
                ? ConvArithmetic.transposedOutput(input, kernel, stride, padTotal(), dilation, outputPadding)
                : ConvArithmetic.convOutput(input, kernel, stride, padTotal(), dilation);
    }
}
