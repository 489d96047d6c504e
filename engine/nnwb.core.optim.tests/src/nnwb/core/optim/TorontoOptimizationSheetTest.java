package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.closed.NqmTheory;
import nnwb.core.optim.closed.OneStepLeastSquares;
import nnwb.core.optim.problem.LeastSquares;
import nnwb.core.optim.problem.NoisyQuadratic;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/**
 * Toronto assignment 2, part 1–3 optimizer questions, in our own words: mini-batch SGD from zero finds
 * the minimum-norm solution of an overparameterised least-squares problem and RMSProp does not (the
 * sheet's 2D example x₁ = [2, 1], t = 2); the loss after one gradient step as a function of η and its
 * optimum; weight decay against an L2 penalty; the noisy quadratic model's stationary variance and how
 * the best learning rate grows with the batch.
 */
class TorontoOptimizationSheetTest {

    private static Trace run(Problem p, OptimizerConfig c, int steps, int batch, long seed) {
        return TraceRunner.run(new TraceRequest(p, List.of(c), steps, batch, seed, 0, null)).traces().get(0);
    }

    @Test
    void sgdFromZeroOnTheSheetsExampleEndsAtTheMinimumNormPoint() {
        Problem p = Problems.defaults("least-squares");
        // w* = t·x/‖x‖² = 2·(2, 1)/5
        double[] star = {0.8, 0.4};
        Trace t = run(p, Optimizers.parse("sgd", Map.of("lr", "0.05")), 500, 0, 1);
        assertEquals(star[0], t.finalState().params()[0], 1e-12);
        assertEquals(star[1], t.finalState().params()[1], 1e-12);
        assertEquals(0, t.finalState().distanceToMinNorm(), 1e-12);
        assertEquals(0, t.finalState().nullSpaceNorm(), 1e-12);
    }

    @Test
    void rmspropFromZeroSolvesTheSameProblemButLeavesTheMinimumNormPoint() {
        Problem p = Problems.defaults("least-squares");
        Trace t = run(p, Optimizers.parse("rmsprop", Map.of("lr", "0.001", "beta", "0.9")), 20000, 0, 1);
        double[] w = t.finalState().params();
        assertEquals(2, 2 * w[0] + w[1], 1e-3, "RMSProp converged onto the solution line");
        // its first step moves both weights equally (direction (1, 1)), which has a null-space part along (1, −2)/√5
        double nullPart = Math.abs(w[0] - 2 * w[1]) / Math.sqrt(5);
        assertEquals(nullPart, t.finalState().nullSpaceNorm(), 1e-12);
        assertTrue(nullPart > 0.1, "null-space component " + nullPart);
        assertTrue(t.finalState().distanceToMinNorm() > 0.1);
    }

    @Test
    void miniBatchSgdFromZeroStaysInTheRowSpaceOfAWideProblem() {
        // 3 equations, 5 unknowns; batch 1 of 3 rows drawn without replacement
        Problem p = Problems.parse("least-squares", Map.of("X", "1,0,2,-1,1; 0,1,1,1,0; 2,1,0,0,1", "t", "1,-1,2"));
        Trace t = run(p, Optimizers.parse("sgd", Map.of("lr", "0.05")), 20000, 1, 42);
        double[] expected = minNormByNormalEquations(new double[][] {{1, 0, 2, -1, 1}, {0, 1, 1, 1, 0}, {2, 1, 0, 0, 1}},
                new double[] {1, -1, 2});
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], t.finalState().params()[i], 1e-8);
        }
        assertEquals(0, t.finalState().nullSpaceNorm(), 1e-10);
    }

    /** w* = Xᵀ(XXᵀ)⁻¹t by Gaussian elimination on XXᵀ. */
    private static double[] minNormByNormalEquations(double[][] x, double[] t) {
        int n = x.length;
        int d = x[0].length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < d; k++) {
                    a[i][j] += x[i][k] * x[j][k];
                }
            }
            a[i][n] = t[i];
        }
        for (int c = 0; c < n; c++) {
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] y = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * y[k];
            }
            y[r] = s / a[r][r];
        }
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < n; i++) {
                w[k] += x[i][k] * y[i];
            }
        }
        return w;
    }

    @Test
    void lossAfterOneStepIsAConvexParabolaInEtaMinimisedInClosedForm() {
        LeastSquares ls = (LeastSquares) Problems.parse("least-squares", Map.of("X", "1,2; 3,-1; 0.5,0.5", "t", "1,0,2"));
        double[] w0 = {0.3, -0.7};
        OneStepLeastSquares one = new OneStepLeastSquares(ls, w0);
        assertTrue(one.secondDerivative() >= 0);
        double best = Double.POSITIVE_INFINITY;
        double bestEta = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            double eta = i * 1e-6;
            double l = one.loss(eta);
            if (l < best) {
                best = l;
                bestEta = eta;
            }
        }
        assertEquals(bestEta, one.optimalLr(), 1e-6);
        assertEquals(0, one.derivative(one.optimalLr()), 1e-12);
        for (double eta : new double[] {0, 0.01, 0.05, one.optimalLr(), 0.2}) {
            Trace t = TraceRunner.run(TraceRequest.of(ls, List.of(Optimizers.parse("sgd", Map.of("lr", Double.toString(eta)))), 1)
                    .withStart(w0)).traces().get(0);
            assertEquals(ls.loss(t.step(1).params()), one.loss(eta), 1e-12);
        }
    }

    @Test
    void weightDecayEqualsL2ForSgdWhenLambdaTildeIsLambdaOverTwoEta() {
        Problem p = Problems.parse("least-squares", Map.of("X", "1,2; 3,-1", "t", "1,0"));
        double lr = 0.05;
        double lambda = 0.01;
        double tilde = lambda / (2 * lr);
        assertEquals(tilde, WeightDecayVsL2.equivalentPenalty(lr, lambda, false), 1e-15);
        double[] w0 = {0.4, -0.2};
        double[] a = WeightDecayVsL2.sgdStepWithDecay(p, w0, lr, lambda);
        double[] b = WeightDecayVsL2.sgdStepWithPenalty(p, w0, lr, tilde);
        assertEquals(a[0], b[0], 1e-15);
        assertEquals(a[1], b[1], 1e-15);
        WeightDecayVsL2.Comparison sgd = WeightDecayVsL2.compare(p, Optimizers.parse("sgd", Map.of("lr", "0.05")), lambda, 200, w0);
        assertEquals(0, sgd.maxDifference(), 1e-12);
    }

    @Test
    void weightDecayDiffersFromL2UnderAdaptiveMethods() {
        Problem p = Problems.parse("least-squares", Map.of("X", "1,2; 3,-1", "t", "1,0"));
        double[] w0 = {0.4, -0.2};
        for (String name : List.of("adam", "rmsprop", "adagrad")) {
            WeightDecayVsL2.Comparison c = WeightDecayVsL2.compare(p, Optimizers.parse(name, Map.of("lr", "0.05")), 0.01, 200, w0);
            assertTrue(c.maxDifference() > 1e-3, name + " differs by " + c.maxDifference());
        }
    }

    @Test
    void nqmStationaryVarianceMatchesALongSimulatedRun() {
        NoisyQuadratic q = (NoisyQuadratic) Problems.parse("nqm", Map.of("a", "1", "sigma", "1", "start", "0"));
        double lr = 0.1;
        int batch = 4;
        // Var = ησ²/(B·a·(2 − ηa)), written out here
        double predicted = lr * 1 / (batch * 1 * (2 - lr * 1));
        assertEquals(predicted, NqmTheory.of(q).stationaryVariance(lr, batch), 1e-15);
        Trace t = run(q, Optimizers.parse("sgd", Map.of("lr", "0.1")), 300_000, batch, 7);
        double[] w = t.paramSeries(0);
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int i = 1000; i < w.length; i++) {
            sum += w[i];
            sq += w[i] * w[i];
            n++;
        }
        double var = sq / n - (sum / n) * (sum / n);
        // about 31k effective samples (autocorrelation 0.9): the relative error of a variance is ≈ 0.8%
        assertEquals(predicted, var, 0.05 * predicted);
    }

    @Test
    void nqmExpectedLossAfterTStepsMatchesManySeeds() {
        NoisyQuadratic q = (NoisyQuadratic) Problems.parse("nqm", Map.of("a", "2", "sigma", "0.5", "start", "1"));
        NqmTheory th = NqmTheory.of(q);
        int runs = 4000;
        double mean = 0;
        for (int s = 0; s < runs; s++) {
            Trace t = run(q, Optimizers.parse("sgd", Map.of("lr", "0.2")), 10, 2, s);
            mean += t.finalState().loss() / runs;
        }
        double expected = th.expectedLoss(0.2, 2, 10, 1);
        assertEquals(expected, mean, 0.1 * expected);
    }

    @Test
    void theBestLearningRateGrowsWithTheBatchSize() {
        NqmTheory th = new NqmTheory(1, 1);
        double previous = 0;
        for (int b : new int[] {1, 4, 16, 64, 256}) {
            double best = th.bestLearningRate(b, 100, 1);
            assertTrue(best > previous, "batch " + b + ": " + best);
            // the optimum is a minimum of the expected loss against nearby learning rates
            assertTrue(th.expectedLoss(best, b, 100, 1) <= th.expectedLoss(best * 1.01, b, 100, 1));
            assertTrue(th.expectedLoss(best, b, 100, 1) <= th.expectedLoss(best * 0.99, b, 100, 1));
            previous = best;
        }
        assertFalse(th.lossCurves(new int[] {1, 8}, 1.5, 50, 100, 1).isEmpty());
    }
}
