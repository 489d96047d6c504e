package nnwb.core.filter.op;

/** The padding geometry along one axis: which input cell a padded coordinate reads. */
public final class PadIndex {

    private PadIndex() {
    }

    /**
     * The input index that coordinate {@code c} (relative to the first input cell, so {@code -1} is the padding
     * cell just before it) reads in an axis of {@code n} cells, or {@code -1} for a zero cell. Assumes a padding
     * the plan validated (circular at most {@code n}, reflect below {@code n}).
     */
    public static int source(int c, int n, PadMode mode) {
        if (c >= 0 && c < n) {
            return c;
        }
        return switch (mode) {
            case ZERO -> -1;
            case CIRCULAR -> Math.floorMod(c, n);
            case REFLECT -> reflect(c, n);
            case REPLICATE -> c < 0 ? 0 : n - 1;
        };
    }

    /** What kind of cell coordinate {@code c} is. */
    public static PadSource kind(int c, int n, PadMode mode) {
        if (c >= 0 && c < n) {
            return PadSource.INPUT;
        }
        return switch (mode) {
            case ZERO -> PadSource.ZERO;
            case CIRCULAR -> PadSource.WRAPPED;
            case REFLECT -> PadSource.REFLECTED;
            case REPLICATE -> PadSource.REPLICATED;
        };
    }

    private static int reflect(int c, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int m = Math.floorMod(c, period);
        return m < n ? m : period - m;
    }

    /** The sources of all {@code before + n + after} padded coordinates, in order. */
    public static int[] table(int n, int before, int after, PadMode mode) {
        int[] out = new int[before + n + after];
        for (int p = 0; p < out.length; p++) {
            out[p] = source(p - before, n, mode);
        }
        return out;
    }
}
