package nnwb.core.filter.equivariance;

import nnwb.core.filter.Image;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ReferenceFilter;

/**
 * Shift-then-filter against filter-then-shift. Shifting the input by {@code (dr, dc)} should shift the output by
 * {@code (dr / strideRows, dc / strideCols)}; this holds exactly with circular padding when the output is the
 * input divided by the stride (e.g. odd kernel, padding {@code (k-1)/2}, stride 1), and fails near the border
 * with zero padding.
 *
 * @param shiftedThenFiltered the filter applied to the shifted input
 * @param filteredThenShifted the filter's output, shifted
 * @param maxDifference       the largest absolute difference between the two, or infinity when their shapes differ
 * @param pooledBefore        global average pool of the unshifted output
 * @param pooledAfter         global average pool of the shifted input's output
 */
public record EquivarianceCheck(Image shiftedThenFiltered, Image filteredThenShifted, double maxDifference,
        double[] pooledBefore, double[] pooledAfter) {

    /**
     * Runs the check.
     *
     * @throws IllegalArgumentException when a shift is not a multiple of its axis's stride
     */
    public static EquivarianceCheck run(Kernel kernel, Image input, FilterSpec spec, int dr, int dc) {
        int sr = spec.rows().stride();
        int sc = spec.cols().stride();
        if (sr < 1 || sc < 1 || dr % sr != 0 || dc % sc != 0) {
            throw new IllegalArgumentException("shift (" + dr + ", " + dc + ") must be a multiple of the stride ("
                    + sr + ", " + sc + ")");
        }
        Image out = ReferenceFilter.apply(kernel, input, spec);
        Image a = ReferenceFilter.apply(kernel, CircularShift.of(input, dr, dc), spec);
        Image b = CircularShift.of(out, dr / sr, dc / sc);
        double diff = a.rows() == b.rows() && a.cols() == b.cols() ? a.maxAbsDifference(b) : Double.POSITIVE_INFINITY;
        return new EquivarianceCheck(a, b, diff, GlobalAveragePool.of(out), GlobalAveragePool.of(a));
    }

    /** Whether the two orders agree within {@code 1e-9} times the largest output magnitude (at least 1e-9). */
    public boolean holds() {
        double scale = 1;
        for (int c = 0; c < filteredThenShifted.channelCount(); c++) {
            for (double v : filteredThenShifted.channel(c).rowMajor()) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return maxDifference <= 1e-9 * scale;
    }
}
