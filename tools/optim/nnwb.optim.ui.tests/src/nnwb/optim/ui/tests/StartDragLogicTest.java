package nnwb.optim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;
import nnwb.optim.ui.internal.PlotFrame;
import nnwb.optim.ui.internal.StartDrag;
import nnwb.optim.ui.internal.TraceSteps;

/**
 * Issue 24 item 3, without a display: the contour plot's pixel mapping both ways, grabbing the start marker, the point
 * a drag means (inside the plot), nudges, and stepping through traces with values worked by hand on the Toronto least
 * squares, loss (2x + y − 2)², gradient 2(2x + y − 2)·(2, 1).
 */
class StartDragLogicTest {

    /** Box x in [−1, 3], y in [−2, 2] on an 800×500 canvas: the square is min(500 − 28 − 45, 800 − 60 − 340) = 400 px. */
    private final PlotFrame f = new PlotFrame(new double[] {-1, 3, -2, 2}, 800, 500);

    @Test
    void pixelsAndProblemCoordinatesMapBothWays() {
        assertEquals(400, f.size());
        assertEquals(60 + 200, f.x(1));   // halfway across
        assertEquals(28 + 400 - 200, f.y(0)); // halfway up
        assertEquals(1.0, f.valueX(260), 1e-12);
        assertEquals(0.0, f.valueY(228), 1e-12);
        assertEquals(2.0, f.valueX(360), 1e-12); // −1 + 300/400·4
        assertEquals(1.0, f.valueY(128), 1e-12); // −2 + 300/400·4
    }

    @Test
    void aPressGrabsTheStartOnlyNearItsMarker() {
        double[] start = {1, 0}; // at pixel (260, 228)
        assertTrue(StartDrag.hits(f, start, 260, 228));
        assertTrue(StartDrag.hits(f, start, 267, 235)); // 9.9 px away
        assertFalse(StartDrag.hits(f, start, 271, 228)); // 11 px away
        assertFalse(StartDrag.hits(f, start, 100, 100));
    }

    @Test
    void aDragMeansThePointUnderThePointerHeldInsideThePlot() {
        assertArrayEquals(new double[] {2, 1}, StartDrag.pointAt(f, 360, 128), 1e-12);
        assertArrayEquals(new double[] {1.03, 0}, StartDrag.pointAt(f, 263, 228), 1e-12); // −1 + 203·0.01
        assertArrayEquals(new double[] {-1, 2}, StartDrag.pointAt(f, 0, 0), 1e-12); // left of and above the plot
        assertArrayEquals(new double[] {3, -2}, StartDrag.pointAt(f, 5000, 5000), 1e-12);
        // a span of 4 rounds to thousandths: pixel 261.3 is never asked for, but a 0.001 grid is what the field shows
        double[] p = StartDrag.pointAt(f, 261, 229);
        assertEquals(1.01, p[0], 1e-12);
        assertEquals(-0.01, p[1], 1e-12);
        assertEquals("1.01,-0.01", StartDrag.text(p));
        assertEquals("2,1", StartDrag.text(new double[] {2, 1}));
    }

    @Test
    void aNudgeMovesTwoPercentOfTheSpanAndStopsAtTheEdge() {
        assertArrayEquals(new double[] {1.08, -0.08}, StartDrag.nudge(f, new double[] {1, 0}, 1, -1), 1e-12);
        assertArrayEquals(new double[] {3, 2}, StartDrag.nudge(f, new double[] {2.99, 1.99}, 1, 1), 1e-12);
    }

    @Test
    void steppingGivesEachIterateItsLossAndGradientNorm() {
        Problem p = Problems.parse("least-squares", Map.of());
        TraceResult r = TraceRunner.run(new TraceRequest(p, List.of(Optimizers.parse("sgd", Map.of("lr", "0.05")),
                Optimizers.parse("sgd", Map.of("lr", "0.5"))), 200, 0, 1, 0, null));
        assertEquals(200, TraceSteps.lastStep(r));
        assertEquals(200, TraceSteps.clamp(900, r));
        assertEquals(0, TraceSteps.clamp(-3, r));
        // from 0: residual −2, loss 4, gradient (−8, −4) of norm √80; η = 0.05 gives (0.4, 0.2), residual −1, loss 1,
        // gradient (−4, −2) of norm √20; then (0.6, 0.3), residual −0.5, loss 0.25, gradient norm √5
        List<TraceSteps.At> at0 = TraceSteps.at(p, r, 0);
        assertArrayEquals(new double[] {0, 0}, at0.get(0).params(), 1e-15);
        assertEquals(4, at0.get(0).loss(), 1e-12);
        assertEquals(Math.sqrt(80), at0.get(0).gradNorm(), 1e-12);
        TraceSteps.At one = TraceSteps.at(p, r, 1).get(0);
        assertArrayEquals(new double[] {0.4, 0.2}, one.params(), 1e-12);
        assertEquals(1, one.loss(), 1e-12);
        assertEquals(Math.sqrt(20), one.gradNorm(), 1e-12);
        TraceSteps.At two = TraceSteps.at(p, r, 2).get(0);
        assertArrayEquals(new double[] {0.6, 0.3}, two.params(), 1e-12);
        assertEquals(0.25, two.loss(), 1e-12);
        assertEquals(Math.sqrt(5), two.gradNorm(), 1e-12);
        assertFalse(two.ended());
        // η = 0.5 past the limit 2/L = 0.2 multiplies the residual by 1 − 2·0.5·5 = −4 each step: diverged at step 5,
        // so step 100 holds it at step 5 with residual −2·(−4)⁵ = 2048 and loss 2048²
        TraceSteps.At late = TraceSteps.at(p, r, 100).get(1);
        assertEquals(5, late.step());
        assertTrue(late.ended());
        assertEquals(2048.0 * 2048.0, late.loss(), 1e-6);
        String line = TraceSteps.line("SGD", List.of("w1", "w2"), one);
        assertEquals("SGD · step 1: w1 = 0.4, w2 = 0.2 · loss 1 · |∇L| 4.4721", line);
    }
}
