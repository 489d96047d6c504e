package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.equivariance.EquivarianceCheck;
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.BerkeleyExample;
import nnwb.filter.ComputeFeatures;
import nnwb.filter.ComputeFilter;
import nnwb.filter.ComputeGradients;
import nnwb.test.harness.ComputeServices;

/** Kernel gradients and the equivariance example on the compute service, against the engine and the sheet. */
class GradientsAndFeaturesTest {

    private static Matrix random(Random r, int rows, int cols) {
        return Matrix.generate(rows, cols, (a, b) -> r.nextInt(9) - 4);
    }

    @Test
    void theKernelGradientIsTheInputCorrelatedWithTheUpstreamGradient() throws Exception {
        ComputeGradients g = new ComputeGradients(ComputeServices.started());
        Random r = new Random(8);
        int checked = 0;
        while (checked < 40) {
            int n = 4 + r.nextInt(10);
            int k = 1 + r.nextInt(4);
            PadMode p = PadMode.values()[r.nextInt(4)];
            FilterMode m = r.nextBoolean() ? FilterMode.CORRELATION : FilterMode.CONVOLUTION;
            FilterSpec spec = new FilterSpec(m, p, new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(2), r.nextInt(3), r.nextInt(3)),
                    new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(2), r.nextInt(3), r.nextInt(3)));
            FilterPlan plan;
            try {
                plan = FilterPlan.of(Kernel.zeros(k, k + 1), n, n + 2, spec);
            } catch (IllegalArgumentException invalid) {
                continue;
            }
            Matrix x = random(r, n, n + 2);
            Matrix dY = random(r, plan.outputRows(), plan.outputCols());
            assertEquals(ConvGradients.weightGradient(x, dY, k, k + 1, spec), g.weightGradient(x, dY, k, k + 1, spec),
                    () -> spec.toString());
            checked++;
        }
    }

    /* Berkeley sheet 7 (a): with no padding at stride 1, dw[h,l] = sum_{i,j} x[i+h, j+l] dy[i,j] (0-based). */
    @Test
    void theSheetsFormulaForTheKernelGradient() throws Exception {
        Matrix x = TestImages.sequence(4, 4).channel(0);
        Matrix dY = Matrix.of(new double[][] {{1, 0, -1}, {0, 2, 0}, {1, 0, 0}});
        Matrix dW = new ComputeGradients(ComputeServices.started()).weightGradient(x, dY, 2, 2, FilterSpec.valid(FilterMode.CORRELATION));
        Matrix byHand = Matrix.generate(2, 2, (h, l) -> {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    s += x.get(i + h, j + l) * dY.get(i, j);
                }
            }
            return s;
        });
        assertEquals(byHand, dW);
        // x[r,c] = 4r + c + 1: dw[0,0] = 1*1 - 1*3 + 2*6 + 1*9 = 19
        assertEquals(19, dW.get(0, 0));
    }

    @Test
    void theBerkeleyNetOnTheBackendGivesTheSheetsFeatures() throws Exception {
        ComputeFeatures f = new ComputeFeatures(new ComputeFilter(ComputeServices.started()));
        assertArrayEquals(new double[] {0.8, 0, 0}, f.features(BerkeleyExample.net(), BerkeleyExample.horizontalLine(2)), 1e-12);
        assertArrayEquals(new double[] {0, 0.8, 0}, f.features(BerkeleyExample.net(), BerkeleyExample.verticalLine(2)), 1e-12);
        // x3: the vertical line moved to column 6 gives g2 again: equivariant maps, invariant pooled features
        assertArrayEquals(new double[] {0, 0.8, 0}, f.features(BerkeleyExample.net(), BerkeleyExample.verticalLine(6)), 1e-12);
    }

    @Test
    void circularPaddingShiftsTheOutputWithTheInputAndZeroPaddingDoesNot() throws Exception {
        ComputeFeatures f = new ComputeFeatures(new ComputeFilter(ComputeServices.started()));
        Kernel sobel = KernelParser.parse("sobel-x");
        Image scene = TestImages.circles(16, 16, 3);
        EquivarianceCheck circular = f.check(sobel, scene, FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1), 3, -5);
        assertTrue(circular.holds(), "max difference " + circular.maxDifference());
        assertArrayEquals(circular.pooledBefore(), circular.pooledAfter(), 1e-12);
        EquivarianceCheck zero = f.check(sobel, scene, FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.ZERO, 1), 3, -5);
        assertFalse(zero.holds(), "zero padding: the border breaks the equivariance");
        // stride 2: a shift by 2 moves the output by 1
        EquivarianceCheck strided = f.check(sobel, scene, FilterSpec.of(FilterMode.CORRELATION, 2, 1, PadMode.CIRCULAR, 1), 2, 4);
        assertTrue(strided.holds(), "stride 2: " + strided.maxDifference());
    }
}
