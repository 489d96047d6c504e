package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.cost.GradientGrowth;
import nnwb.core.cost.GradientGrowthText;

/**
 * Berkeley HW4 2(g): backpropagated gradient norms of x' = c W x, c = 1/sqrt(d_in), against the closed forms worked
 * out here (rank 1: sqrt(d_out) per layer; the fix 1/sqrt(d_out) keeps 1) and against matrix products written out.
 */
class GradientGrowthTest {

    @Test
    void backpropIsTheMatrixProductWrittenOut() {
        // layer 0: 3 -> 2, layer 1: 2 -> 2; output gradient g2 = (1, 2)
        double[][] w0 = {{1, 2, 0}, {-1, 1, 3}};
        double[][] w1 = {{2, 0}, {1, -1}};
        double[] g2 = {1, 2};
        // g1 = (1/sqrt 2) W1^T g2 = (1/sqrt 2) (2*1 + 1*2, 0*1 - 1*2) = (4, -2)/sqrt 2
        double[] g1 = {4 / Math.sqrt(2), -2 / Math.sqrt(2)};
        // g0 = (1/sqrt 3) W0^T g1 = (1/sqrt 3) (1*g1[0] - 1*g1[1], 2*g1[0] + g1[1], 3*g1[1])
        double[] g0 = {(g1[0] - g1[1]) / Math.sqrt(3), (2 * g1[0] + g1[1]) / Math.sqrt(3), 3 * g1[1] / Math.sqrt(3)};
        double[] norms = GradientGrowth.backprop(List.of(w0, w1), g2, false);
        assertArrayEquals(new double[] {norm(g0), norm(g1)}, norms, 1e-12);
        // the fix: each layer also times 1/sqrt(d_out) = 1/sqrt 2 for both layers
        double[] fixed = GradientGrowth.backprop(List.of(w0, w1), g2, true);
        assertArrayEquals(new double[] {norm(g0) / 2, norm(g1) / Math.sqrt(2)}, fixed, 1e-12);
    }

    @Test
    void rankOneGrowsBySqrtDoutPerLayerAndTheFixKeepsOne() {
        List<GradientGrowth.Layer> stack = List.of(new GradientGrowth.Layer("fc1", 784, 256), new GradientGrowth.Layer("fc2", 256,
                256), new GradientGrowth.Layer("fc3", 256, 10));
        List<GradientGrowth.Row> rows = GradientGrowth.of(stack, 7);
        double[] expected = {Math.sqrt(256.0 * 256 * 10), Math.sqrt(256.0 * 10), Math.sqrt(10)};
        for (int i = 0; i < 3; i++) {
            GradientGrowth.Row r = rows.get(i);
            assertEquals(expected[i], r.rank1(), 1e-9 * expected[i], r.name());
            assertEquals(expected[i], r.rank1Sampled(), 1e-9 * expected[i], r.name());
            assertEquals(1, r.rank1Fixed(), 0);
            assertEquals(1, r.rank1FixedSampled(), 1e-9, r.name());
            assertEquals(Math.sqrt(stack.get(i).dOut()), r.growth(), 1e-12);
            assertEquals(1 / Math.sqrt(stack.get(i).dIn()), r.scale(), 1e-12);
            // full rank N(0,1): E||c W^T g||^2 = ||g||^2, so about 1; with the fix 1/sqrt of the product of the d_out
            assertEquals(1, r.fullRank(), 0);
            assertEquals(1, r.fullRankSampled(), 0.2, r.name());
            double shrink = 1 / expected[i];
            assertEquals(shrink, r.fullRankFixed(), 1e-12 * shrink);
            assertEquals(shrink, r.fullRankFixedSampled(), 0.2 * shrink, r.name());
        }
        assertEquals(rows, GradientGrowth.of(stack, 7), "the same seed gives the same sample");
    }

    @Test
    void theStackComesFromTheModelsDenseLayers() {
        AnalysisReport r = Analyzer.analyze("input features=20\nfc1: fc 30\nrelu\nfc2: fc 5\n", AnalysisOptions.defaults());
        assertEquals(List.of(new GradientGrowth.Layer("fc1", 20, 30), new GradientGrowth.Layer("fc2", 30, 5)),
                GradientGrowth.stack(r.graph()));
        AnalysisReport conv = Analyzer.analyze("input 8x8x1\nc: conv 2 3\nflatten\nfc 3\n", AnalysisOptions.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradientGrowth.stack(conv.graph()));
        assertTrue(e.getMessage().startsWith("gradient growth is for stacks of dense layers; c is a conv"), e.getMessage());
        String table = GradientGrowthText.table(GradientGrowth.of(GradientGrowth.stack(r.graph()), 1), 1);
        assertTrue(table.contains("fc1") && table.contains("sqrt(d_out)"), table);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
