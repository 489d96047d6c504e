package nnwb.optim.ui.internal;

/**
 * The square plot area of the contour plot inside a {@code w×h} canvas (room for ticks on the left and below, the
 * legend on the right) and the mapping between problem coordinates and pixels, both ways. Display-free.
 */
public final class PlotFrame {

    /** Pixels above the plot (the y axis name). */
    public static final int TOP = 28;
    /** Pixels left of the plot (the y tick labels). */
    public static final int LEFT = 60;
    /** Pixels kept right of the plot for the legend. */
    public static final int LEGEND = 340;

    private final int left;
    private final int top;
    private final int size;
    private final double[] b;

    /** The frame of view box {@code {xmin, xmax, ymin, ymax}} in a {@code w×h} canvas. */
    public PlotFrame(double[] box, int w, int h) {
        b = box.clone();
        top = TOP;
        left = LEFT;
        size = Math.max(40, Math.min(h - top - 45, w - left - LEGEND));
    }

    public int left() {
        return left;
    }

    public int top() {
        return top;
    }

    /** The side of the square plot in pixels. */
    public int size() {
        return size;
    }

    /** The view box {xmin, xmax, ymin, ymax}. */
    public double[] box() {
        return b.clone();
    }

    /** The pixel column of {@code v} (far-away values are held at ±100,000 pixels). */
    public int x(double v) {
        return clampPixel(left + (v - b[0]) / (b[1] - b[0]) * size);
    }

    /** The pixel row of {@code v} (y grows upwards on the plot). */
    public int y(double v) {
        return clampPixel(top + size - (v - b[2]) / (b[3] - b[2]) * size);
    }

    /** The problem x at pixel column {@code px} (the inverse of {@link #x}). */
    public double valueX(double px) {
        return b[0] + (px - left) / size * (b[1] - b[0]);
    }

    /** The problem y at pixel row {@code py}. */
    public double valueY(double py) {
        return b[2] + (top + size - py) / size * (b[3] - b[2]);
    }

    /** The problem point at pixel ({@code px}, {@code py}), held inside the plotted region. */
    public double[] clampedPoint(double px, double py) {
        return new double[] {Math.max(b[0], Math.min(b[1], valueX(px))), Math.max(b[2], Math.min(b[3], valueY(py)))};
    }

    private static int clampPixel(double p) {
        return (int) Math.round(Math.max(-1e5, Math.min(1e5, p)));
    }
}
