package nnwb.core.conv;

import java.util.List;

/**
 * One layer of the calculator: its kind, padding mode and one ({@code 1D}) or two (width, height) axes.
 */
public record LayerSpec(ConvKind kind, PaddingMode mode, List<AxisSpec> axes) {

    public LayerSpec {
        axes = List.copyOf(axes);
    }

    /** A one-dimensional layer. */
    public static LayerSpec of(ConvKind kind, PaddingMode mode, AxisSpec axis) {
        return new LayerSpec(kind, mode, List.of(axis));
    }

    /** A two-dimensional layer, width first. */
    public static LayerSpec of(ConvKind kind, PaddingMode mode, AxisSpec width, AxisSpec height) {
        return new LayerSpec(kind, mode, List.of(width, height));
    }

    /** The axis at {@code index}. */
    public AxisSpec axis(int index) {
        return axes.get(index);
    }

    /** Whether this layer has two axes. */
    public boolean is2d() {
        return axes.size() == 2;
    }

    /** A display name for an axis: "width" or "height" in 2D, "length" in 1D. */
    public String axisName(int index) {
        return is2d() ? (index == 0 ? "width" : "height") : "length";
    }
}
