package nnwb.core.filter.image;

/** Smooth deterministic noise in about -1..1: random values at integer points, interpolated smoothly between them. */
final class ValueNoise {

    private ValueNoise() {
    }

    /** The noise at {@code (y, x)}. */
    static double at(double y, double x) {
        int y0 = (int) Math.floor(y);
        int x0 = (int) Math.floor(x);
        double fy = smooth(y - y0);
        double fx = smooth(x - x0);
        double top = lerp(lattice(y0, x0), lattice(y0, x0 + 1), fx);
        double bottom = lerp(lattice(y0 + 1, x0), lattice(y0 + 1, x0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** A fixed pseudo-random value in -1..1 for an integer point (an integer hash, no state). */
    private static double lattice(int y, int x) {
        long h = y * 374_761_393L + x * 668_265_263L;
        h = (h ^ (h >>> 13)) * 1_274_126_177L;
        h ^= h >>> 16;
        return ((h & 0xFFFF) / 32_767.5) - 1;
    }
}
