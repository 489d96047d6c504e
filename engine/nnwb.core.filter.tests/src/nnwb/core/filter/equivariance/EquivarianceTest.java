package nnwb.core.filter.equivariance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;

/** Circular padding makes filtering commute with circular shifts. */
class EquivarianceTest {

    @Test
    void shiftThenFilterEqualsFilterThenShiftWithCircularSamePadding() {
        Random r = new Random(31);
        for (int t = 0; t < 100; t++) {
            int k = 1 + 2 * r.nextInt(3);
            int rows = k + r.nextInt(10);
            int cols = k + r.nextInt(10);
            Kernel w = new Kernel(Matrix.generate(k, k, (a, b) -> r.nextGaussian()));
            Image x = Image.gray(Matrix.generate(rows, cols, (a, b) -> r.nextGaussian()));
            FilterSpec spec = FilterSpec.same(w, r.nextBoolean() ? FilterMode.CORRELATION : FilterMode.CONVOLUTION, PadMode.CIRCULAR, 1);
            EquivarianceCheck c = EquivarianceCheck.run(w, x, spec, r.nextInt(2 * rows) - rows, r.nextInt(2 * cols) - cols);
            assertTrue(c.holds(), "difference " + c.maxDifference());
            assertArrayEquals(c.pooledBefore(), c.pooledAfter(), 1e-9);
        }
    }

    @Test
    void evenKernelsAndDilationKeepEquivarianceWhenTheOutputKeepsTheSize() {
        Kernel w = Kernel.of(new double[][] {{1, -2, 0, 3}, {0, 1, 1, -1}});
        FilterSpec spec = FilterSpec.same(w, FilterMode.CORRELATION, PadMode.CIRCULAR, 2);
        Image x = TestImages.noise(9, 11, 5);
        assertTrue(EquivarianceCheck.run(w, x, spec, 4, -3).holds());
    }

    @Test
    void withStrideTwoAShiftOfTwoShiftsTheOutputByOne() {
        Kernel w = KernelPreset.SOBEL_X.kernel();
        FilterSpec spec = FilterSpec.of(FilterMode.CORRELATION, 2, 1, PadMode.CIRCULAR, 1);
        Image x = TestImages.noise(8, 12, 6);
        assertTrue(EquivarianceCheck.run(w, x, spec, 2, -4).holds());
        assertThrows(IllegalArgumentException.class, () -> EquivarianceCheck.run(w, x, spec, 1, 0));
    }

    @Test
    void zeroPaddingBreaksEquivarianceAtTheBorder() {
        Kernel w = KernelPreset.SOBEL_X.kernel();
        Image x = TestImages.verticalEdge(8, 8);
        EquivarianceCheck c = EquivarianceCheck.run(w, x, FilterSpec.same(w, FilterMode.CORRELATION, PadMode.ZERO, 1), 0, 3);
        assertFalse(c.holds());
    }

    @Test
    void aCircularShiftMovesCellsAroundTheTorus() {
        Matrix m = TestImages.sequence(3, 4).channel(0);
        Matrix s = CircularShift.of(m, 1, -1);
        assertEquals(m.get(2, 0), s.get(0, 3));
        assertEquals(m.get(0, 1), s.get(1, 0));
        assertEquals(m, CircularShift.of(m, 3, 8));
    }

    @Test
    void globalAveragePoolingGivesTheMeanOfEachChannel() {
        Image x = Image.rgb(TestImages.sequence(2, 2).channel(0), Matrix.zeros(2, 2), Matrix.of(new double[][] {{1, 1}, {1, 1}}));
        assertArrayEquals(new double[] {2.5, 0, 1}, GlobalAveragePool.of(x));
    }
}
