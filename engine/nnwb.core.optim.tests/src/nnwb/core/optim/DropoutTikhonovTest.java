package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.optim.closed.DropoutTikhonov;

/**
 * Dropout as Tikhonov regularisation (earlier Berkeley homework, steps (a) to (d)): the values of a 2 × 2 example
 * worked out by hand below, and the expected loss against a Monte-Carlo average of sampled dropout losses.
 */
class DropoutTikhonovTest {

    // X = [3 0; 4 2], y = (1, 2): column norms 5 and 2
    private static final double[] X = {3, 0, 4, 2};
    private static final double[] Y = {1, 2};
    private final DropoutTikhonov half = new DropoutTikhonov(X, 2, 2, Y, 0.5);

    @Test
    void theExpectedLossAtOneOneIsEightAndAHalfByHand() {
        // row 1: mean 0.5·3 = 1.5, variance 0.25·9 = 2.25 → (1 − 1.5)² + 2.25 = 2.5
        // row 2: mean 0.5·(4 + 2) = 3, variance 0.25·(16 + 4) = 5 → (2 − 3)² + 5 = 6
        assertEquals(8.5, half.expectedLoss(new double[] {1, 1}), 1e-12);
        // ‖y − pXw‖² = 0.25 + 1, p(1 − p)‖Γ̌w‖² = 0.25·(25 + 4)
        assertEquals(8.5, half.tikhonovForm(new double[] {1, 1}), 1e-12);
        assertArrayEquals(new double[] {5, 2}, half.gammaCheck(), 1e-12);
    }

    @Test
    void theMinimisersAndTheChangeOfVariablesByHand() {
        // (p²XᵀX + p(1 − p)Γ̌²) = [12.5 2; 2 2], pXᵀy = (5.5, 2): w̌ = (7, 14)/21
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, half.wCheck(), 1e-12);
        // (XᵀX + Γ²) = [50 8; 8 8] with Γ² = diag(25, 4), Xᵀy = (11, 4): w = (56, 112)/336 = p·w̌
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 3}, half.wTikhonov(), 1e-12);
        // X̃ = XΓ⁻¹ = [0.6 0; 0.8 1]; w̃ = Γw = (5/6, 2/3)
        assertArrayEquals(new double[] {0.6, 0, 0.8, 1}, half.xTilde(), 1e-12);
        assertArrayEquals(new double[] {5.0 / 6, 2.0 / 3}, half.wTilde(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, half.xTildeColumnNorms(), 1e-12);
    }

    @Test
    void atAnyKeepProbabilityTheStepsAgree() {
        double[] x = {1, -2, 0.5, 3, 1, 4, -1, 0, 2};
        double[] y = {1, -1, 2};
        for (double p : new double[] {0.1, 0.3, 0.8}) {
            DropoutTikhonov t = new DropoutTikhonov(x, 3, 3, y, p);
            double[] wc = t.wCheck();
            double[] w = t.wTikhonov();
            double[] g = t.gamma();
            double[] wt = t.wTilde();
            for (int j = 0; j < 3; j++) {
                assertEquals(p * wc[j], w[j], 1e-10, "w = p·w̌ at p = " + p);
                assertEquals(g[j] * w[j], wt[j], 1e-10, "w̃ = Γw at p = " + p);
                assertEquals(Math.sqrt(p / (1 - p)), t.xTildeColumnNorms()[j], 1e-12, "equal column norms at p = " + p);
            }
            double[] probe = {0.3, -0.7, 1.1};
            assertEquals(t.expectedLoss(probe), t.tikhonovForm(probe), 1e-10);
            // w̌ minimises: a small step either way along each axis raises the expected loss
            for (int j = 0; j < 3; j++) {
                for (double h : new double[] {-1e-3, 1e-3}) {
                    double[] moved = wc.clone();
                    moved[j] += h;
                    assertTrue(t.expectedLoss(moved) > t.expectedLoss(wc));
                }
            }
        }
    }

    @Test
    void aMonteCarloAverageOfDropoutLossesAgreesWithTheExpectedLoss() {
        double[] w = {1, 1};
        Random rnd = new Random(42);
        int samples = 200_000;
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            // keep each entry of X with probability 0.5, no rescaling
            double p1 = rnd.nextBoolean() ? 3 : 0;
            double p2 = (rnd.nextBoolean() ? 4 : 0) + (rnd.nextBoolean() ? 2 : 0);
            sum += (1 - p1) * (1 - p1) + (2 - p2) * (2 - p2);
        }
        assertEquals(8.5, sum / samples, 0.05);
        assertEquals(8.5, half.sampledLoss(w, samples, 7), 0.05);
        assertTrue(Math.abs(half.sampledLoss(w, samples, 7) - 9.0) > 0.3, "the average tells 8.5 from 9");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DropoutTikhonov(X, 2, 2, Y, 1)).getMessage()
                .contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DropoutTikhonov(new double[] {1, 0, 2, 0}, 2, 2, Y,
                0.5)).getMessage().contains("column 2 of X is zero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DropoutTikhonov(X, 2, 2, new double[] {1}, 0.5))
                .getMessage().contains("one target per row"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> half.expectedLoss(new double[] {1})).getMessage()
                .contains("2 weights"));
    }
}
