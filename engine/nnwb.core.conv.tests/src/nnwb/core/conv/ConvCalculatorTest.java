package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The results a view shows: formulas substituted step by step, 2D shapes, same padding, geometry. */
class ConvCalculatorTest {

    @Test
    void convFormulaIsSubstitutedStepByStep() {
        LayerResult r = ConvCalculator.analyze(LayerSpec.of(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(7, 3, 2, 1)));
        assertTrue(r.valid());
        Formula f = r.axes().get(0).formula();
        assertEquals(List.of("floor((in + p_before + p_after - d*(k-1) - 1) / s) + 1",
                "floor((7 + 1 + 1 - 1*(3-1) - 1) / 2) + 1", "floor(6 / 2) + 1", "3 + 1", "4"), f.steps());
        assertEquals(4, f.value());
        assertTrue(f.text().startsWith("out = floor("));
        assertTrue(f.text().endsWith("= 4"));
    }

    @Test
    void transposedFormulaAndNoSamePadding() {
        LayerResult r = ConvCalculator.analyze(LayerSpec.of(ConvKind.TRANSPOSED, PaddingMode.ZERO,
                AxisSpec.of(8, 3, 2, 1).withOutputPadding(1)));
        AxisResult a = r.axes().get(0);
        assertEquals(16, a.outputSize());
        assertEquals("(8 - 1)*2 - (1 + 1) + 1*(3-1) + 1 + 1", a.formula().steps().get(1));
        assertNull(a.samePadding());
    }

    @Test
    void twoDimensionalLayerAnswersPerAxis() {
        LayerResult r = ConvCalculator.analyze(LayerSpec.of(ConvKind.CONV, PaddingMode.ZERO,
                AxisSpec.of(32, 3, 1, 1), new AxisSpec(20, 5, 2, 0, 1, 2, 0)));
        // width: floor((32 + 2 - 2 - 1)/1) + 1 = 32; height: floor((20 + 1 - 8 - 1)/2) + 1 = 7.
        assertEquals(List.of(32L, 7L), r.outputShape());
        assertEquals("height", r.axes().get(1).name());
    }

    @Test
    void samePaddingIsAsymmetricForAnEvenKernel() {
        // k 4, s 1: total 3, one before and two after.
        SamePadding same = ConvSolver.samePadding(AxisSpec.of(10, 4, 1, 0));
        assertEquals(1, same.before());
        assertEquals(2, same.after());
        assertTrue(same.asymmetric());
        assertEquals(10, same.outputSize());
        // k 3 dilated 2 spans 5 cells: 2 each side.
        SamePadding dilated = ConvSolver.samePadding(AxisSpec.of(10, 3, 1, 0).withDilation(2));
        assertEquals(List.of(2L, 2L), List.of(dilated.before(), dilated.after()));
    }

    @Test
    void minInputWithoutSolutionExplainsWhy() {
        // padding 5 per side with k 1 gives 11 outputs from a single cell: 3 outputs are impossible.
        MinInputAnswer m = ConvSolver.minInput(AxisSpec.of(1, 1, 1, 5), 3);
        assertTrue(!m.exists());
        assertTrue(m.explanation().contains("11"), m.explanation());
    }

    @Test
    void transposedSolverExplainsOutputPadding() {
        TransposedSolutions t = ConvSolver.transposed(AxisSpec.of(8, 3, 2, 0), 16);
        assertEquals(List.of(new TransposedSolution(1, 1)), t.solutions());
        assertTrue(t.whyOutputPadding().contains("from 15 to 16"), t.whyOutputPadding());
        assertTrue(t.steps().stream().anyMatch(s -> s.contains("odd, no solution")));
    }

    @Test
    void circularWindowsWrapToTheOtherEnd() {
        AxisGeometry g = ConvCalculator.geometry(LayerSpec.of(ConvKind.CONV, PaddingMode.CIRCULAR, AxisSpec.of(5, 3, 1, 1)), 0);
        Window first = g.window(0);
        assertEquals(CellSource.WRAPPED, first.taps().get(0).cell().source());
        assertEquals(List.of(4L, 0L, 1L), first.inputIndices());
        assertEquals(List.of(3L, 4L, 0L), g.window(4).inputIndices());
        assertEquals(List.of(0L, 1L, 4L), g.outputsReading(0));
    }

    @Test
    void reflectWindowsMirrorWithoutRepeatingTheEdge() {
        AxisGeometry g = ConvCalculator.geometry(LayerSpec.of(ConvKind.CONV, PaddingMode.REFLECT, AxisSpec.of(4, 3, 1, 2)), 0);
        // padded: x2 x1 | x0 x1 x2 x3 | x2 x1
        assertEquals(List.of(2L, 1L, 0L, 1L, 2L, 3L, 2L, 1L), g.grid().stream().map(GridCell::inputIndex).toList());
    }

    @Test
    void dilatedWindowShowsItsGaps() {
        AxisGeometry g = new AxisGeometry(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(9, 3, 1, 0).withDilation(3));
        Window w = g.window(1);
        assertEquals(List.of(1L, 4L, 7L), w.inputIndices());
        assertEquals(List.of(2L, 3L, 5L, 6L), w.gapPositions());
    }

    @Test
    void hugeStrideTransposedSolverStaysSmallAndCorrect() {
        long big = 1_000_000_000L;
        AxisSpec a = new AxisSpec(1000, 3, big, 0, 0, 1, 0);
        long target = ConvArithmetic.transposedOutput(1000, 3, big, 2 * 7, 1, 5);
        TransposedSolutions s = ConvSolver.transposed(a, target);
        assertTrue(s.solutions().size() <= ConvArithmetic.MAX_SOLUTIONS);
        assertTrue(s.steps().size() < 40, "steps are summarised");
        // padding 7 with output_padding 5 reaches it; so does every (7 + j, 5 + 2j)
        assertTrue(s.solutions().contains(new TransposedSolution(7, 5)), s.solutions().toString());
        for (TransposedSolution t : s.solutions()) {
            assertEquals(target, ConvArithmetic.transposedOutput(1000, 3, big, 2 * t.padding(), 1, t.outputPadding()));
        }
    }
}
