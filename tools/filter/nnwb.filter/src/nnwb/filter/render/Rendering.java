package nnwb.filter.render;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.Num;

/**
 * How an image of filter values is shown. Values in 0..1 are shown as they are (gray, or colour for three channels);
 * non-negative values above 1 are scaled by their maximum; any negative value switches to the diverging map, scaled
 * symmetrically by the largest magnitude, so that zero is white, negative blue and positive red. A signed image of
 * three channels is shown as one: its luma {@code 0.299 R + 0.587 G + 0.114 B} (filtering is linear, so that is the
 * filtered gray image); other channel counts show their mean.
 *
 * @param kind  the map
 * @param scale the value shown at full intensity: 1 for plain images, the maximum or the largest magnitude otherwise
 */
public record Rendering(Kind kind, double scale) {

    /** The three ways to show values. */
    public enum Kind {
        /** One channel, black (0) to white (scale). */
        GRAY,
        /** Three channels as red, green, blue. */
        RGB,
        /** Signed values: blue (-scale), white (0), red (+scale). */
        DIVERGING
    }

    /** The rendering that fits {@code image}. */
    public static Rendering of(Image image) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Matrix m : image.channels()) {
            for (double v : m.rowMajor()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        if (min < -1e-9 * Math.max(1e-300, magnitude)) {
            return new Rendering(Kind.DIVERGING, magnitude);
        }
        Kind k = image.channelCount() == 3 ? Kind.RGB : Kind.GRAY;
        return new Rendering(k, max <= 1 + 1e-9 ? 1 : max);
    }

    /**
     * The pixels, {@code 0xRRGGBB} row by row. A signed image is combined to one channel first (see the class
     * comment); {@link Kind#GRAY} of a multi-channel image shows the mean.
     */
    public int[] pixels(Image image) {
        int n = image.rows() * image.cols();
        int[] out = new int[n];
        if (kind == Kind.RGB && image.channelCount() == 3) {
            double[] r = image.channel(0).rowMajor();
            double[] g = image.channel(1).rowMajor();
            double[] b = image.channel(2).rowMajor();
            for (int i = 0; i < n; i++) {
                out[i] = Colormaps.rgb(r[i] / scale, g[i] / scale, b[i] / scale);
            }
            return out;
        }
        double[] v = single(image);
        for (int i = 0; i < n; i++) {
            out[i] = kind == Kind.DIVERGING ? Colormaps.diverging(v[i] / scale) : Colormaps.gray(v[i] / scale);
        }
        return out;
    }

    /** The single channel a signed or gray image is shown as. */
    public static double[] single(Image image) {
        if (image.channelCount() == 1) {
            return image.channel(0).rowMajor();
        }
        return image.toGray().channel(0).rowMajor();
    }

    /** One line for a legend, e.g. "blue -2.5 .. white 0 .. red 2.5". */
    public String legend() {
        return switch (kind) {
            case DIVERGING -> "blue " + Num.format(-scale) + " .. white 0 .. red " + Num.format(scale);
            case GRAY -> "black 0 .. white " + Num.format(scale);
            case RGB -> "colour, full intensity at " + Num.format(scale);
        };
    }
}
