package nnwb.filter.render;

/**
 * Colour maps as {@code 0xRRGGBB}, interpolated linearly between anchor colours. Diverging: blue for negative, near
 * white for zero, red for positive (ColorBrewer's RdBu, reversed); sequential: viridis; cyclic: the hue circle, for
 * phases.
 */
public final class Colormaps {

    private static final int[][] DIVERGING = {{5, 48, 97}, {67, 147, 195}, {247, 247, 247}, {214, 96, 77}, {103, 0, 31}};
    private static final int[][] VIRIDIS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private Colormaps() {
    }

    /** {@code t} in -1..1 (clamped): -1 dark blue, 0 near white, 1 dark red. */
    public static int diverging(double t) {
        return ramp(DIVERGING, (clamp(t, -1, 1) + 1) / 2);
    }

    /** {@code t} in 0..1 (clamped): viridis, dark violet to yellow. */
    public static int sequential(double t) {
        return ramp(VIRIDIS, clamp(t, 0, 1));
    }

    /** {@code t} in 0..1 (clamped): black to white. */
    public static int gray(double t) {
        int v = (int) Math.round(255 * clamp(t, 0, 1));
        return v << 16 | v << 8 | v;
    }

    /** An angle in radians: the hue circle, red at 0, through yellow and green at 2pi/3 (periodic, so -pi = pi). */
    public static int cyclic(double angle) {
        double h = Math.floorMod((long) Math.floor(angle / (2 * Math.PI) * 6000), 6000) / 1000.0;
        int sector = (int) h;
        double f = h - sector;
        double q = 1 - f;
        double[] rgb = switch (sector) {
            case 0 -> new double[] {1, f, 0};
            case 1 -> new double[] {q, 1, 0};
            case 2 -> new double[] {0, 1, f};
            case 3 -> new double[] {0, q, 1};
            case 4 -> new double[] {f, 0, 1};
            default -> new double[] {1, 0, q};
        };
        return rgb(0.15 + 0.8 * rgb[0], 0.15 + 0.8 * rgb[1], 0.15 + 0.8 * rgb[2]);
    }

    /** Packs components in 0..1. */
    public static int rgb(double r, double g, double b) {
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    /** Black or white, whichever reads better on {@code rgb}. */
    public static int textOn(int rgb) {
        double luma = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
        return luma > 140 ? 0x000000 : 0xFFFFFF;
    }

    private static int channel(double v) {
        return (int) Math.round(255 * clamp(v, 0, 1));
    }

    private static int ramp(int[][] anchors, double t) {
        double x = t * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) Math.floor(x));
        double f = x - i;
        int r = (int) Math.round(anchors[i][0] + f * (anchors[i + 1][0] - anchors[i][0]));
        int g = (int) Math.round(anchors[i][1] + f * (anchors[i + 1][1] - anchors[i][1]));
        int b = (int) Math.round(anchors[i][2] + f * (anchors[i + 1][2] - anchors[i][2]));
        return r << 16 | g << 8 | b;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }
}
