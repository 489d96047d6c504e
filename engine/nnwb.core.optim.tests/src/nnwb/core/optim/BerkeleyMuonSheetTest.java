package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import nnwb.core.optim.closed.MuonUpdateReport;
import nnwb.core.optim.linalg.Svd;
import nnwb.core.optim.problem.MuonMatrix;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.NewtonSchulz;
import nnwb.core.optim.update.NewtonSchulz.Form;
import nnwb.core.optim.update.NewtonSchulz.Polynomial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Berkeley homework 4, problems 1 and 2(c)–(e), in our own words: the cost of one Newton–Schulz
 * iteration with W·Wᵀ against the Gram form Wᵀ·W; Newton–Schulz pushing singular values to 1; the
 * spectral-norm budget of an update of y = c·W·x and the learning rates that meet it for SignSGD
 * (whose batch-1 update is rank 1) and for Muon.
 */
class BerkeleyMuonSheetTest {

    private static MuonMatrix matrix(int dout, int din, int samples) {
        return (MuonMatrix) Problems.parse("muon-matrix", Map.of("dout", Integer.toString(dout), "din", Integer.toString(din),
                "samples", Integer.toString(samples), "seed", "11"));
    }

    /** The largest singular value by power iteration on GᵀG, independent of the engine's Jacobi SVD. */
    private static double powerNorm(double[] g, int r, int c) {
        double[] v = new double[c];
        java.util.Arrays.fill(v, 1);
        v[0] = 1.3;
        double s = 0;
        for (int it = 0; it < 3000; it++) {
            double[] u = new double[r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    u[i] += g[i * c + j] * v[j];
                }
            }
            double[] w = new double[c];
            for (int j = 0; j < c; j++) {
                for (int i = 0; i < r; i++) {
                    w[j] += g[i * c + j] * u[i];
                }
            }
            double n = 0;
            for (double x : w) {
                n += x * x;
            }
            n = Math.sqrt(n);
            s = Math.sqrt(n);
            for (int j = 0; j < c; j++) {
                v[j] = w[j] / n;
            }
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"8,4", "256,8", "5,9", "6,6"})
    void oneCubicIterationCostsTwoDout2DinOuterAndTwoDoutDin2InGramForm(int dout, int din) {
        double[] g = matrix(dout, din, 3).batchGradient(new double[dout * din], 0, 1);
        double[] out = new double[g.length];
        long outer = NewtonSchulz.orthogonalise(g, 0, dout, din, Polynomial.CUBIC, 1, 1e-7, Form.OUTER, out);
        long gram = NewtonSchulz.orthogonalise(g, 0, dout, din, Polynomial.CUBIC, 1, 1e-7, Form.GRAM, out);
        // W·Wᵀ is d_out×d_in times d_in×d_out; (3I − WWᵀ)·W is d_out×d_out times d_out×d_in
        assertEquals(2L * dout * dout * din, outer);
        // WᵀW is d_in×d_out times d_out×d_in; W·(3I − WᵀW) is d_out×d_in times d_in×d_in
        assertEquals(2L * dout * din * din, gram);
        assertEquals(dout > din, gram < outer);
        long quinticOuter = NewtonSchulz.orthogonalise(g, 0, dout, din, Polynomial.QUINTIC, 1, 1e-7, Form.OUTER, out);
        assertEquals(2L * dout * dout * din + (long) dout * dout * dout, quinticOuter);
        assertEquals(2L * dout * din * din + (long) din * din * din,
                NewtonSchulz.multiplicationsPerIteration(dout, din, Polynomial.QUINTIC, true));
    }

    @Test
    void theGramFormComputesTheSamePolynomial() {
        double[] g = matrix(12, 5, 20).batchGradient(new double[60], 0, 1);
        for (Polynomial p : Polynomial.values()) {
            double[] a = new double[60];
            double[] b = new double[60];
            NewtonSchulz.orthogonalise(g, 0, 12, 5, p, 5, 1e-7, Form.OUTER, a);
            NewtonSchulz.orthogonalise(g, 0, 12, 5, p, 5, 1e-7, Form.GRAM, b);
            for (int i = 0; i < 60; i++) {
                assertEquals(a[i], b[i], 1e-12, p + " entry " + i);
            }
        }
    }

    @Test
    void newtonSchulzMakesSingularValuesNearOne() {
        MuonMatrix m = matrix(8, 4, 16);
        double[] g = m.batchGradient(m.start(), 0, 1);
        MuonUpdateReport cubic = MuonUpdateReport.of(g, 8, 4, m.spectralBudget(), Polynomial.CUBIC, 40, 1e-7);
        for (double s : cubic.orthogonalisedValues()) {
            assertEquals(1, s, 1e-9);
        }
        MuonUpdateReport classic = MuonUpdateReport.of(g, 8, 4, m.spectralBudget(), Polynomial.QUINTIC_CLASSIC, 25, 1e-7);
        for (double s : classic.orthogonalisedValues()) {
            assertEquals(1, s, 1e-9);
        }
        // Muon's tuned quintic trades exactness for speed: five iterations land every value within about 0.3 of 1
        MuonUpdateReport muon = MuonUpdateReport.of(g, 8, 4, m.spectralBudget(), Polynomial.QUINTIC, 5, 1e-7);
        double before = cubic.singularValues()[0] / cubic.singularValues()[3];
        assertTrue(before > 1.5, "the gradient is not already orthogonal: condition " + before);
        for (double s : muon.orthogonalisedValues()) {
            assertTrue(s > 0.65 && s < 1.25, "singular value " + s);
        }
        // singular values of the original, by an independent power iteration
        assertEquals(powerNorm(g, 8, 4), cubic.singularValues()[0], 1e-9);
    }

    @Test
    void theBudgetKeepsTheRmsOfDeltaYAtMostOne() {
        MuonMatrix m = matrix(16, 4, 8);
        double c = 1 / Math.sqrt(4);
        assertEquals(c, m.multiplier(), 1e-15);
        double budget = m.spectralBudget();
        // an update exactly on the budget: the exact orthogonalisation scaled by it
        double[] g = m.batchGradient(m.start(), 0, 1);
        double[] dw = Svd.polar(g, 16, 4);
        for (int i = 0; i < dw.length; i++) {
            dw[i] *= budget;
        }
        assertEquals(budget, powerNorm(dw, 16, 4), 1e-9);
        SplittableRandom rng = new SplittableRandom(3);
        double worst = 0;
        for (int k = 0; k < 2000; k++) {
            double[] x = new double[4];
            double n = 0;
            for (int j = 0; j < 4; j++) {
                x[j] = rng.nextGaussian();
                n += x[j] * x[j];
            }
            for (int j = 0; j < 4; j++) {
                x[j] *= Math.sqrt(4 / n); // RMS norm 1
            }
            double sq = 0;
            for (int i = 0; i < 16; i++) {
                double y = 0;
                for (int j = 0; j < 4; j++) {
                    y += c * dw[i * 4 + j] * x[j];
                }
                sq += y * y;
            }
            worst = Math.max(worst, Math.sqrt(sq / 16));
        }
        assertTrue(worst <= 1 + 1e-12, "RMS " + worst);
        // for an orthogonal update every direction is a top direction: the bound is reached
        assertEquals(1, worst, 1e-9);
    }

    @Test
    void signSgdWithBatchOneIsRankOneAndMeetsTheBudgetAtBudgetOverRootDoutDin() {
        MuonMatrix m = matrix(6, 10, 32);
        double[] g = m.batchGradient(m.start(), 1, 5);
        MuonUpdateReport r = MuonUpdateReport.of(g, 6, 10, m.spectralBudget(), Polynomial.QUINTIC, 5, 1e-7);
        assertEquals(1, Svd.rank(g, 6, 10, 1e-6), "a batch-1 gradient is an outer product");
        assertEquals(1, r.signRank());
        assertEquals(Math.sqrt(60), r.signSpectralNorm(), 1e-9);
        double alpha = m.spectralBudget() / Math.sqrt(6 * 10);
        assertEquals(alpha, r.signSgdRankOneLr(), 1e-15);
        assertEquals(alpha, r.signSgdLr(), 1e-9);
        double[] update = new double[60];
        for (int i = 0; i < 60; i++) {
            update[i] = alpha * Math.signum(g[i]);
        }
        assertEquals(m.spectralBudget(), powerNorm(update, 6, 10), 1e-9);
    }

    @Test
    void muonMeetsTheBudgetWithAlphaEqualToIt() {
        MuonMatrix m = matrix(6, 10, 32);
        double[] g = m.batchGradient(m.start(), 0, 1);
        MuonUpdateReport r = MuonUpdateReport.of(g, 6, 10, m.spectralBudget(), Polynomial.CUBIC, 60, 1e-7);
        assertEquals(m.spectralBudget(), r.exactMuonLr(), 0);
        assertEquals(1, powerNorm(Svd.polar(g, 6, 10), 6, 10), 1e-9);
        assertEquals(m.spectralBudget(), r.muonLr(), 1e-8);
    }
}
