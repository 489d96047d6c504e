package nnwb.compute.graph;

/**
 * A size per spatial axis of a 2D layer; a 1D layer runs as 2D with height 1, so its height entries are 1 for
 * kernel, stride and dilation and 0 for padding.
 *
 * @param h along the height
 * @param w along the width
 */
public record Axes(int h, int w) {

    public Axes {
        if (h < 0 || w < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got " + h + "x" + w);
        }
    }

    /** The same size on both axes. */
    public static Axes square(int v) {
        return new Axes(v, v);
    }

    public boolean isSquare() {
        return h == w;
    }

    @Override
    public String toString() {
        return h + "x" + w;
    }
}
