package nnwb.core.filter.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;

/** Validation and geometry of a filtering, shared with the conv-arithmetic engine. */
class FilterPlanTest {

    private static final Kernel K3 = KernelPreset.BOX_BLUR.kernel();

    private static String error(Kernel k, int rows, int cols, FilterSpec spec) {
        return assertThrows(IllegalArgumentException.class, () -> FilterPlan.of(k, rows, cols, spec)).getMessage();
    }

    @Test
    void reflectPaddingMustBeSmallerThanTheInputAsPyTorchRequires() {
        String m = error(K3, 5, 3, FilterSpec.of(FilterMode.CORRELATION, 1, 3, PadMode.REFLECT, 1));
        assertTrue(m.startsWith("width: reflect padding 3 must be smaller than the input size 3"), m);
        FilterPlan.of(K3, 5, 4, FilterSpec.of(FilterMode.CORRELATION, 1, 3, PadMode.REFLECT, 1));
    }

    @Test
    void circularPaddingMayNotWrapMoreThanOnce() {
        String m = error(K3, 4, 4, FilterSpec.of(FilterMode.CORRELATION, 1, 5, PadMode.CIRCULAR, 1));
        assertTrue(m.contains("circular padding 5 would wrap more than once around the input of 4"), m);
        FilterPlan.of(K3, 4, 4, FilterSpec.of(FilterMode.CORRELATION, 1, 4, PadMode.CIRCULAR, 1));
    }

    @Test
    void replicatePaddingAcceptsAnyAmount() {
        FilterPlan p = FilterPlan.of(K3, 2, 2, FilterSpec.of(FilterMode.CORRELATION, 1, 6, PadMode.REPLICATE, 1));
        assertEquals(12, p.outputRows());
        Image padded = p.pad(Image.gray(Matrix.of(new double[][] {{1, 2}, {3, 4}})));
        assertEquals(1, padded.channel(0).get(0, 0));
        assertEquals(4, padded.channel(0).get(13, 13));
        assertEquals(2, padded.channel(0).get(0, 13));
    }

    @Test
    void aKernelLargerThanThePaddedInputIsRejectedWithTheCalculatorsWords() {
        String m = error(KernelPreset.GAUSSIAN.kernel(), 3, 9, FilterSpec.valid(FilterMode.CORRELATION));
        assertTrue(m.startsWith("height: kernel 7 is larger than the padded input 3 + 0 = 3"), m);
        String d = error(K3, 9, 4, FilterSpec.of(FilterMode.CORRELATION, 1, 0, PadMode.ZERO, 2));
        assertTrue(d.contains("dilated kernel (spans 5 cells)"), d);
    }

    @Test
    void strideZeroAndNegativePaddingAreReportedNotThrownAsArithmeticErrors() {
        assertTrue(error(K3, 5, 5, FilterSpec.of(FilterMode.CORRELATION, 0, 0, PadMode.ZERO, 1)).contains("stride must be positive, got 0"));
        assertTrue(error(K3, 5, 5, FilterSpec.of(FilterMode.CORRELATION, 1, -1, PadMode.ZERO, 1)).contains("must not be negative"));
    }

    @Test
    void samePaddingOfAnEvenKernelPutsTheExtraCellAfterTheInput() {
        Kernel k4 = Kernel.zeros(4, 4);
        FilterSpec same = FilterSpec.same(k4, FilterMode.CORRELATION, PadMode.ZERO, 1);
        assertEquals(new AxisParams(1, 1, 1, 2), same.rows());
        // the centre tap (1, 1) of a 4 x 4 kernel lies over the input cell with the output's index
        Kernel centreOnly = k4.with(k4.centreRow(), k4.centreCol(), 1);
        assertEquals(Kernel.zeros(4, 4).with(1, 1, 1), centreOnly);
        FilterPlan p = FilterPlan.of(centreOnly, 10, 7, same);
        assertEquals(10, p.outputRows());
        assertEquals(7, p.outputCols());
        Matrix x = Matrix.generate(10, 7, (r, c) -> r * 7 + c);
        assertEquals(x, ReferenceFilter.apply(p, x));
    }

    @Test
    void paddedCellsKnowWhereTheyComeFrom() {
        FilterPlan p = FilterPlan.of(K3, 4, 4, FilterSpec.of(FilterMode.CORRELATION, 1, 2, PadMode.REFLECT, 1));
        assertEquals(PadSource.REFLECTED, p.source(0, 3));
        assertEquals(PadSource.INPUT, p.source(2, 2));
        // input 0..3 padded by 2 each side: coordinates -2..5 mirror to 2 1 | 0 1 2 3 | 2 1
        int[] expected = {2, 1, 0, 1, 2, 3, 2, 1};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.rowSource(i));
        }
    }

    @Test
    void theDescriptionNamesTheOperationAndTheSizes() {
        FilterPlan p = FilterPlan.of(K3, 5, 5, FilterSpec.of(FilterMode.CONVOLUTION, 2, 1, PadMode.ZERO, 1));
        assertEquals("true convolution (kernel flipped 180 degrees) of 5 x 5 with 3 x 3, stride 2, dilation 1, "
                + "zero padding 1 -> 3 x 3", p.describe());
    }

    @Test
    void aStrideThatSkipsCellsIsWarnedAbout() {
        FilterPlan p = FilterPlan.of(K3, 6, 6, FilterSpec.of(FilterMode.CORRELATION, 2, 0, PadMode.ZERO, 1));
        assertFalse(p.warnings().isEmpty());
        assertTrue(p.warnings().get(0).startsWith("width: stride 2 does not divide"), p.warnings().get(0));
    }
}
