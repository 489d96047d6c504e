package nnwb.core.analysis;

import nnwb.core.cost.ReceptiveField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;
import org.junit.jupiter.api.Test;

/** Receptive field size, jump and start, against the recurrence written out in the tests. */
class ReceptiveFieldTest {

    private static ReceptiveField rf(String text, String layer) {
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults());
        assertFalse(r.hasErrors(), r.findings().toString());
        return r.row(layer).receptiveField();
    }

    @Test
    void stackOfStridedConvolutionsMatchesTheSumOfKernelGrowthTimesJump() {
        long[][] layers = {{3, 1, 1}, {3, 2, 1}, {5, 2, 2}, {3, 1, 0}, {2, 2, 0}};
        StringBuilder net = new StringBuilder("input channels=1 length=200\n");
        long size = 1;
        long jump = 1;
        for (int i = 0; i < layers.length; i++) {
            net.append("c").append(i).append(": conv1d 1 ").append(layers[i][0]).append(" stride=").append(layers[i][1])
                    .append(" padding=").append(layers[i][2]).append('\n');
            size += (layers[i][0] - 1) * jump;
            jump *= layers[i][1];
        }
        ReceptiveField r = rf(net.toString(), "c4");
        assertEquals(List.of(Poly.of(size)), r.size());
        assertEquals(List.of(Poly.of(jump)), r.jump());
        assertEquals(1 + 2 + 2 + 4 * 2 + 2 * 4 + 1 * 4, size);
    }

    @Test
    void paddingMovesTheStartNotTheSize() {
        ReceptiveField a = rf("input channels=1 size=9\nc: conv 1 3\n", "c");
        ReceptiveField b = rf("input channels=1 size=9\nc: conv 1 3 padding=1\n", "c");
        assertEquals(a.size(), b.size());
        assertEquals(Poly.of(Rational.of(3, 2)), a.start().get(0));
        assertEquals(Poly.of(Rational.of(1, 2)), b.start().get(0));
    }

    @Test
    void dilationSpreadsTheKernel() {
        assertEquals(Poly.of(5), rf("input channels=1 size=9\nc: conv 1 3 dilation=2\n", "c").size().get(0));
    }

    @Test
    void poolingDoublesTheJump() {
        ReceptiveField r = rf("input 28x28x1\nCONV3-10\nPOOL2\nCONV3-10\n", "conv2");
        assertEquals(Poly.of(8), r.size().get(0));
        assertEquals(Poly.of(2), r.jump().get(0));
        assertTrue(r.uniform());
    }

    @Test
    void globalLayersSeeTheWholeInput() {
        ReceptiveField r = rf("input channels=3 size=10x12\nc: conv 2 3\ng: gap\n", "g");
        assertTrue(r.global());
        assertEquals(List.of(Poly.of(10), Poly.of(12)), r.size());
        assertFalse(r.uniform());
    }

    @Test
    void vectorNetworksHaveNoReceptiveField() {
        assertFalse(rf("input 10\nf: fc 3\n", "f").defined());
    }

    @Test
    void transposedConvolutionAndUpsamplingShrinkTheJump() {
        ReceptiveField up = rf("input channels=1 size=8\nc: conv 1 3 stride=2 padding=1\nu: upsample 2\n", "u");
        assertEquals(Poly.ONE, up.jump().get(0));
        assertEquals(Poly.of(3), up.size().get(0));
        ReceptiveField t = rf("input channels=1 size=8\nc: conv 1 3 stride=2 padding=1\nt: convt 1 3 stride=2 padding=1 output_padding=1\n", "t");
        assertEquals(Poly.ONE, t.jump().get(0));
        assertEquals(Poly.of(3 + 2), t.size().get(0));
    }

    @Test
    void residualAddTakesTheLargerField() {
        ReceptiveField r = rf("input channels=2 size=9\na: conv 2 3 padding=1\nb: conv 2 3 padding=1\ns: add b input\n", "s");
        assertEquals(Poly.of(5), r.size().get(0));
    }
}
