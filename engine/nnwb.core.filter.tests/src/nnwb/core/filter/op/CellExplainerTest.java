package nnwb.core.filter.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;

/** The sum of products behind an output cell adds up to the output and names the right cells. */
class CellExplainerTest {

    @Test
    void everyExplainedCellSumsToTheFilteredValue() {
        Random r = new Random(23);
        for (int t = 0; t < 300; t++) {
            int rows = 3 + r.nextInt(6);
            int cols = 3 + r.nextInt(6);
            FilterSpec spec = ReferenceFilterBruteForceTest.randomSpec(r, rows, cols);
            Kernel k = Kernel.of(ReferenceFilterBruteForceTest.random(r, 1 + r.nextInt(3), 1 + r.nextInt(3)));
            Image x = Image.gray(Matrix.of(ReferenceFilterBruteForceTest.random(r, rows, cols)));
            Matrix y;
            try {
                y = ReferenceFilter.apply(k, x, spec).channel(0);
            } catch (IllegalArgumentException e) {
                continue;
            }
            int i = r.nextInt(y.rows());
            int j = r.nextInt(y.cols());
            SumOfProducts s = CellExplainer.explain(k, x, spec, 0, i, j);
            assertEquals(y.get(i, j), s.value(), 1e-9);
            assertEquals(k.rows() * k.cols(), s.terms().size());
        }
    }

    @Test
    void trueConvolutionShowsWhichFlippedWeightMeetsWhichInput() {
        // Sobel y over 1..25 as true convolution, no padding: the top-left input meets the bottom-right weight
        Kernel h = KernelPreset.SOBEL_Y.kernel();
        SumOfProducts s = CellExplainer.explain(h, TestImages.sequence(5, 5), FilterSpec.valid(FilterMode.CONVOLUTION), 0, 0, 0);
        Term first = s.terms().get(0);
        assertEquals(0, first.inputRow());
        assertEquals(2, first.kernelRow());
        assertEquals(2, first.kernelCol());
        assertEquals("y[0,0] = x[0,0]*w[2,2] + x[0,1]*w[2,1] + x[0,2]*w[2,0] + x[1,0]*w[1,2] + x[1,1]*w[1,1] + x[1,2]*w[1,0]"
                + " + x[2,0]*w[0,2] + x[2,1]*w[0,1] + x[2,2]*w[0,0]", s.symbolic());
        assertEquals("1*1 + 2*2 + 3*1 + 6*0 + 7*0 + 8*0 + 11*(-1) + 12*(-2) + 13*(-1) = -40", s.numeric());
    }

    @Test
    void zeroPaddingCellsAreNamedAsPadding() {
        SumOfProducts s = CellExplainer.explain(KernelPreset.BOX_BLUR.kernel(), TestImages.sequence(3, 3),
                FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.ZERO, 1), 0, 0, 0);
        assertEquals(PadSource.ZERO, s.terms().get(0).source());
        assertEquals("pad*w[0,0]", s.terms().get(0).symbolic());
        assertEquals((1 + 2 + 4 + 5) / 9.0, s.value(), 1e-12);
    }

    @Test
    void aCellOutsideTheOutputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CellExplainer.explain(KernelPreset.BOX_BLUR.kernel(),
                TestImages.sequence(3, 3), FilterSpec.valid(FilterMode.CORRELATION), 0, 1, 0));
    }
}
