package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EPFL problem set 8, problem 3 (Adam against SGD with momentum), in our own words: how many values
 * each keeps per parameter, and every quantity of both under a constant positive gradient c with ε = 0
 * from w = 0, including how w depends on c.
 */
class EpflAdamSgdmSheetTest {

    private static final double LR = 0.01;
    private static final int T = 40;

    private static Trace run(String name, double c, Map<String, String> opts) {
        Problem p = Problems.parse("constant", Map.of("c", Double.toString(c)));
        return TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.parse(name, opts)), T)).traces().get(0);
    }

    @Test
    void adamStoresTwoValuesPerParameterSgdmOneSgdNone() {
        assertEquals(2, Optimizers.defaults("adam").stateSlots());
        assertEquals(2, Optimizers.defaults("adamw").stateSlots());
        assertEquals(1, Optimizers.defaults("momentum").stateSlots());
        assertEquals(0, Optimizers.defaults("sgd").stateSlots());
        assertEquals(List.of("m", "v"), Optimizers.create(Optimizers.defaults("adam"), 1, 1).stateNames());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 1000})
    void sgdmUnderConstantGradientHasGeometricMomentumAndQuadraticallyGrowingSteps(double c) {
        double beta = 0.9;
        Trace t = run("momentum", c, Map.of("lr", Double.toString(LR), "momentum", "0.9"));
        for (int k = 0; k <= T; k++) {
            double m = c * (1 - Math.pow(beta, k)) / (1 - beta);
            double w = -LR * c / (1 - beta) * (k - beta * (1 - Math.pow(beta, k)) / (1 - beta));
            assertEquals(m, t.step(k).state().get("m")[0], 1e-12 * Math.max(1, m));
            assertEquals(w, t.step(k).params()[0], 1e-12 * Math.max(1, Math.abs(w)));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 1000})
    void adamUnderConstantGradientStepsExactlyLrEachTimeWhateverC(double c) {
        double b1 = 0.9;
        double b2 = 0.999;
        Trace t = run("adam", c, Map.of("lr", Double.toString(LR), "eps", "0"));
        for (int k = 1; k <= T; k++) {
            TraceStep s = t.step(k);
            double m = (1 - Math.pow(b1, k)) * c;
            double v = (1 - Math.pow(b2, k)) * c * c;
            assertEquals(m, s.state().get("m")[0], 1e-12 * c);
            assertEquals(v, s.state().get("v")[0], 1e-12 * c * c);
            assertEquals(c, m / (1 - Math.pow(b1, k)), 1e-12 * c); // m̂ = c
            assertEquals(c * c, v / (1 - Math.pow(b2, k)), 1e-12 * c * c); // v̂ = c²
            assertEquals(-LR * k, s.params()[0], 1e-12);
            assertEquals(-LR * k, s.closedForm()[0], 1e-12);
        }
    }

    @Test
    void adamStepIsInvariantToGradientScaleWhileSgdmScalesWithIt() {
        Trace small = run("adam", 2, Map.of("eps", "0"));
        Trace large = run("adam", 2e6, Map.of("eps", "0"));
        Trace sgdmSmall = run("momentum", 2, Map.of());
        Trace sgdmLarge = run("momentum", 2e6, Map.of());
        for (int k = 0; k <= T; k++) {
            assertEquals(small.step(k).params()[0], large.step(k).params()[0], 1e-12);
            assertEquals(sgdmSmall.step(k).params()[0] * 1e6, sgdmLarge.step(k).params()[0],
                    1e-9 * Math.abs(sgdmLarge.step(k).params()[0]) + 1e-12);
        }
    }

    @Test
    void epsilonZeroMeansExactlyZero() {
        OptimizerConfig c = Optimizers.parse("adam", Map.of("eps", "0"));
        assertEquals(0.0, c.number("eps"));
        // with a tiny gradient any positive ε would shorten the step visibly; ε = 0 keeps it lr
        Trace t = run("adam", 1e-12, Map.of("eps", "0", "lr", "0.5"));
        assertEquals(-0.5, t.step(1).params()[0], 1e-15);
        Trace withEps = run("adam", 1e-12, Map.of("eps", "1e-8", "lr", "0.5"));
        assertEquals(-0.5 * 1e-12 / (1e-12 + 1e-8), withEps.step(1).params()[0], 1e-15);
    }
}
