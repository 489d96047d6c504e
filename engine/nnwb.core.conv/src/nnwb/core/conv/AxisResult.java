package nnwb.core.conv;

import java.util.List;

/**
 * The answers for one axis of a valid layer.
 *
 * @param axis        axis index (0 width or length, 1 height)
 * @param name        "length" (1D), "width" or "height"
 * @param spec        the axis parameters
 * @param outputSize  the output size
 * @param formula     how the output size follows from the parameters
 * @param warnings    legal but suspicious things, with the cells involved
 * @param samePadding the "same" padding for this input, kernel, stride and dilation; null for transposed convolution
 */
public record AxisResult(int axis, String name, AxisSpec spec, long outputSize, Formula formula,
        List<ConvWarning> warnings, SamePadding samePadding) {

    public AxisResult {
        warnings = List.copyOf(warnings);
    }
}
