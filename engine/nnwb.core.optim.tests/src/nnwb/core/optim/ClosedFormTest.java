package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.closed.QuadraticRates;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every closed form against the trace it describes, and against formulas written out here. */
class ClosedFormTest {

    private static Trace trace(Problem p, String name, Map<String, String> opts, int steps) {
        OptimizerConfig c = Optimizers.parse(name, opts);
        return TraceRunner.run(TraceRequest.of(p, List.of(c), steps)).traces().get(0);
    }

    /** The closed form recorded beside the trace equals the trace at every step. */
    private static void assertClosedFormMatches(Trace t, double tol) {
        assertTrue(t.hasClosedForm(), t.config().label() + " should have a closed form");
        for (int i = 0; i < t.size(); i++) {
            TraceStep s = t.step(i);
            for (int k = 0; k < s.params().length; k++) {
                double scale = Math.max(1, Math.abs(s.params()[k]));
                assertEquals(s.params()[k], s.closedForm()[k], tol * scale, t.config().label() + " step " + i + " coordinate " + k);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "ema-momentum", "nesterov"})
    void constantGradientPositionsMatchTheTextbookSums(String name) {
        double c = 2.5;
        double lr = 0.1;
        double beta = 0.9;
        double w0 = 0.7;
        Problem p = Problems.parse("constant", Map.of("c", "2.5", "start", "0.7"));
        Trace t = name.equals("sgd") ? trace(p, name, Map.of("lr", "0.1"), 60)
                : trace(p, name, Map.of("lr", "0.1", "momentum", "0.9"), 60);
        assertClosedFormMatches(t, 1e-12);
        for (int k = 0; k <= 60; k++) {
            // Σ_{j=1..k} of the step each rule takes under a constant gradient, summed here by brute force
            double moved = 0;
            for (int j = 1; j <= k; j++) {
                double mj = c * (1 - Math.pow(beta, j)) / (1 - beta);
                moved += switch (name) {
                    case "sgd" -> c;
                    case "momentum" -> mj;
                    case "ema-momentum" -> (1 - beta) * mj;
                    default -> c + beta * mj;
                };
            }
            assertEquals(w0 - lr * moved, t.step(k).closedForm()[0], 1e-11 * Math.max(1, lr * moved));
        }
    }

    @ParameterizedTest
    @CsvSource({"sgd,0.2,0.05", "momentum,0.3,0", "ema-momentum,0,0.01", "nesterov,0.1,0.02"})
    void l2AndDecayKeepTheLinearClosedFormsExact(String name, double l2, double wd) {
        Problem p = Problems.parse("quadratic", Map.of("cond", "20", "angle", "30", "start", "1,-2"));
        Trace t = trace(p, name, Map.of("lr", "0.5", "l2", Double.toString(l2), "wd", Double.toString(wd)), 80);
        assertClosedFormMatches(t, 1e-12);
        Trace c = trace(Problems.parse("constant", Map.of("c", "-1.5")), name,
                Map.of("lr", "0.05", "l2", Double.toString(l2), "wd", Double.toString(wd)), 80);
        assertClosedFormMatches(c, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "ema-momentum", "nesterov"})
    void linearOptimizersOnARotatedQuadraticFollowTheirEigenmodeFormula(String name) {
        Problem p = Problems.parse("quadratic", Map.of("cond", "50", "scale", "2", "angle", "-25", "start", "-1,0.5"));
        assertClosedFormMatches(trace(p, name, Map.of("lr", "0.7"), 200), 1e-12);
    }

    @Test
    void gradientDescentShrinksEachEigenmodeByOneMinusEtaH() {
        // Unrotated: the axes are the eigenvectors with curvatures L = 1 and μ = 0.1.
        Problem p = Problems.parse("quadratic", Map.of("cond", "10", "start", "1,1"));
        Trace t = trace(p, "sgd", Map.of("lr", "0.5"), 30);
        for (int k = 0; k <= 30; k++) {
            assertEquals(Math.pow(1 - 0.5 * 1, k), t.step(k).closedForm()[0], 1e-15);
            assertEquals(Math.pow(1 - 0.5 * 0.1, k), t.step(k).closedForm()[1], 1e-15);
        }
    }

    @Test
    void criticallyDampedHeavyBallKeepsFullPrecision() {
        // At the optimal η and β both extreme modes have a double eigenvalue (x_t = (1 + ct)·rᵗ·x₀ form).
        Problem p = Problems.parse("quadratic", Map.of("cond", "100", "angle", "10"));
        QuadraticRates r = QuadraticRates.of(p.quadraticForm().orElseThrow());
        Trace t = trace(p, "momentum", Map.of("lr", Double.toString(r.heavyBallOptimalLr()),
                "momentum", Double.toString(r.heavyBallOptimalMomentum())), 300);
        assertClosedFormMatches(t, 1e-12);
    }

    @Test
    void gradientDescentFromZeroOnLeastSquaresReachesTheMinimumNormPoint() {
        Problem p = Problems.parse("least-squares", Map.of("X", "1,2,0,1; 0,1,1,-1", "t", "1,2"));
        Trace t = trace(p, "sgd", Map.of("lr", "0.1"), 400);
        assertClosedFormMatches(t, 1e-12);
        double[] w = t.finalState().params();
        double[] star = p.solutionSet().orElseThrow().minNorm();
        for (int i = 0; i < 4; i++) {
            assertEquals(star[i], w[i], 1e-9);
        }
        assertEquals(0, t.finalState().nullSpaceNorm(), 1e-12);
    }

    @Test
    void dropoutExpectedLossClosedFormMatchesTheTrace() {
        Problem p = Problems.defaults("dropout-least-squares");
        assertClosedFormMatches(trace(p, "momentum", Map.of("lr", "1e-3", "momentum", "0.5"), 100), 1e-12);
    }

    @Test
    void noiseFreeNqmAndTheMatrixProblemHaveClosedFormsToo() {
        assertClosedFormMatches(trace(Problems.defaults("nqm"), "nesterov", Map.of("lr", "0.3"), 50), 1e-12);
        Problem m = Problems.parse("muon-matrix", Map.of("dout", "4", "din", "3", "samples", "5"));
        assertClosedFormMatches(trace(m, "sgd", Map.of("lr", "0.2"), 60), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"adam,outside,true", "adam,inside,true", "adam,outside-uncorrected,true", "adam,inside-uncorrected,false",
        "adam,outside,false", "adamw,outside,true"})
    void adamUnderAConstantGradientMatchesItsClosedMoments(String name, String at, boolean correct) {
        Problem p = Problems.parse("constant", Map.of("c", "-3", "start", "1"));
        Map<String, String> o = Map.of("lr", "0.01", "eps", "1e-3", "eps-at", at, "bias-correction", Boolean.toString(correct), "wd", "0");
        Trace t = trace(p, name, o, 100);
        assertClosedFormMatches(t, 1e-12);
        for (int k = 1; k <= 100; k++) {
            assertEquals((1 - Math.pow(0.9, k)) * -3, t.step(k).state().get("m")[0], 1e-12);
            assertEquals((1 - Math.pow(0.999, k)) * 9, t.step(k).state().get("v")[0], 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rmsprop", "adagrad", "signsgd"})
    void otherAdaptiveOptimizersUnderAConstantGradientMatchTheirClosedForms(String name) {
        Problem p = Problems.parse("constant", Map.of("c", "0.4"));
        assertClosedFormMatches(trace(p, name, Map.of("lr", "0.02"), 100), 1e-12);
    }

    @Test
    void noClosedFormWhereNoneExists() {
        assertNull(trace(Problems.defaults("rosenbrock"), "sgd", Map.of("lr", "1e-3"), 3).step(1).closedForm());
        assertFalse(trace(Problems.defaults("quadratic"), "adam", Map.of(), 3).hasClosedForm());
        assertFalse(trace(Problems.defaults("constant"), "adam", Map.of("l2", "0.1"), 3).hasClosedForm());
        Problem nqm = Problems.defaults("nqm");
        OptimizerConfig sgd = Optimizers.parse("sgd", Map.of());
        TraceRequest noisy = TraceRequest.of(nqm, List.of(sgd), 3).withBatch(4, 1);
        assertFalse(TraceRunner.run(noisy).traces().get(0).hasClosedForm());
        assertNotNull(TraceRunner.run(TraceRequest.of(nqm, List.of(sgd), 3)).traces().get(0).closedFormula());
    }
}
