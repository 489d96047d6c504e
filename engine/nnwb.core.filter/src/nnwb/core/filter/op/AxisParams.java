package nnwb.core.filter.op;

/**
 * The filter's parameters along one axis (rows or columns).
 *
 * @param stride    step between output cells, at least 1
 * @param dilation  spacing of the kernel taps, at least 1 (1: adjacent)
 * @param padBefore padding cells before the first input cell (top or left)
 * @param padAfter  padding cells after the last input cell (bottom or right)
 */
public record AxisParams(int stride, int dilation, int padBefore, int padAfter) {

    /** Symmetric padding. */
    public static AxisParams of(int stride, int pad, int dilation) {
        return new AxisParams(stride, dilation, pad, pad);
    }
}
