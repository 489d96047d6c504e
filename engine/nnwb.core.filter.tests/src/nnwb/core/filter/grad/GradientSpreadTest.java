package nnwb.core.filter.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;

/**
 * Berkeley sheet, weights and gradients (b): for independent zero-mean x and dy the kernel gradient has mean 0
 * and standard deviation (n-k+1) sigma_x sigma_g, growing linearly with the image side n. Checked here by
 * sampling with non-normal x (uniform) and dy (random signs), as the sheet warns not to assume normality.
 */
class GradientSpreadTest {

    @Test
    void theMeasuredSpreadMatchesNMinusKPlusOne() {
        List<SpreadPoint> points = GradientSpread.sweep(3, new int[] {4, 7, 13, 25}, 400, 2024);
        for (SpreadPoint p : points) {
            assertEquals(p.n() - p.k() + 1, p.predicted(), 1e-12);
            // 3600 samples: the relative standard error of a sample deviation is about 1/sqrt(2*3600) ~ 1.2 %
            assertEquals(1, p.measured() / p.predicted(), 0.06, p.toString());
            // the mean is 0 within a few standard errors predicted / sqrt(samples)
            assertTrue(Math.abs(p.mean()) < 5 * p.predicted() / Math.sqrt(p.samples()), p.toString());
        }
    }

    @Test
    void theSpreadGrowsLinearlyNotLikeASquareRoot() {
        // the log-log slope of the measured spread against m = n-k+1 is 1 (a square-root law would give 1/2)
        List<SpreadPoint> points = GradientSpread.sweep(3, new int[] {6, 34}, 300, 7);
        double slope = Math.log(points.get(1).measured() / points.get(0).measured()) / Math.log(32.0 / 4.0);
        assertEquals(1, slope, 0.05);
    }

    @Test
    void withPaddingOnlyTapsReadingRealInputCount() {
        // 5 x 5 input, 3 x 3 kernel, zero padding 1: the corner tap (0, 0) reads real cells for outputs 1..4 on
        // each axis (4 x 4 of the 25), the centre tap for all 25
        Matrix std = GradientSpread.predictedStd(5, Kernel.zeros(3, 3), FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.ZERO, 1), 1, 1);
        assertEquals(4, std.get(0, 0), 1e-12);
        assertEquals(5, std.get(1, 1), 1e-12);
        assertEquals(Math.sqrt(20), std.get(0, 1), 1e-12);
        Matrix circular = GradientSpread.predictedStd(5, Kernel.zeros(3, 3), FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1), 2, 3);
        assertEquals(30, circular.get(0, 0), 1e-12);
        Matrix valid = GradientSpread.predictedStd(9, Kernel.zeros(3, 3), FilterSpec.valid(FilterMode.CORRELATION), 1, 1);
        assertEquals(GradientSpread.predictedStd(9, 3, 1, 1), valid.get(2, 2), 1e-12);
    }
}
