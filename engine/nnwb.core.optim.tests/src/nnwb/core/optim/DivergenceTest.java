package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.json.Json;
import nnwb.core.optim.closed.StabilityLimit;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/**
 * Divergence while the numbers are still finite, and the stability limit η < 2/L, on the Toronto sheet's least
 * squares {@code X = [[2, 1]]}, {@code t = [2]}, loss {@code (Xw − t)²}, start 0. By hand: H = 2XᵀX = [[8, 4], [4, 2]],
 * whose largest eigenvalue is L = 2·(2² + 1²) = 10, so SGD is stable for η < 0.2. At η = 0.5 the residual
 * r = Xw − t obeys r ← (1 − 2·0.5·XXᵀ) r = −4r from r₀ = −2, so the loss is 4·16ᵏ: it first exceeds
 * L₀ + 10⁶·L₀ = 4 000 004 at k = 5 (4·16⁵ = 4 194 304; 4·16⁴ = 262 144 does not).
 */
class DivergenceTest {

    private static final Problem TORONTO = Problems.parse("least-squares", Map.of("X", "2,1", "t", "2"));

    private static Trace sgd(String lr, int steps) {
        return TraceRunner.run(TraceRequest.of(TORONTO, List.of(Optimizers.parse("sgd", Map.of("lr", lr))), steps)).traces().get(0);
    }

    @Test
    void sgdAtHalfOnTheTorontoProblemDivergesAtStepFiveAndRunsOnFinite() {
        Trace t = sgd("0.5", 200);
        assertEquals(4 * Math.pow(16, 5), t.step(5).loss(), 1e-6);
        assertTrue(t.finalState().diverged());
        assertEquals(5, t.finalState().divergedAt());
        assertEquals(200, t.finalState().step(), "the finite trace runs to the end, as the issue saw (loss about 1e241)");
        assertTrue(t.finalState().loss() > 1e200 && Double.isFinite(t.finalState().loss()));
    }

    @Test
    void aConvergingTraceIsNotDiverged() {
        Trace t = sgd("0.19", 200);
        assertFalse(t.finalState().diverged());
        assertEquals(-1, t.finalState().divergedAt());
        assertTrue(t.finalState().loss() < 1e-10);
    }

    @Test
    void theThresholdIsRelativeToTheStartWithAFloorOfOne() {
        assertFalse(Divergence.grown(4, 4_000_004));
        assertTrue(Divergence.grown(4, 4_000_004.5));
        assertFalse(Divergence.grown(0, 1e6), "a start at zero loss compares against 1");
        assertTrue(Divergence.grown(0, 1.0000001e6));
        assertTrue(Divergence.grown(1, Double.NaN));
        assertTrue(Divergence.grown(1, Double.POSITIVE_INFINITY));
        assertFalse(Divergence.grown(1, -1e300), "a loss falling without bound is not growth");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonNamesTheStepWhereItDivergedAndNullOtherwise() {
        Map<String, Object> bad = (Map<String, Object>) Json.parse(Json.write(TraceJson.of(
                TraceRunner.run(TraceRequest.of(TORONTO, List.of(Optimizers.parse("sgd", Map.of("lr", "0.5"))), 20)), 1)));
        Map<String, Object> fin = (Map<String, Object>) bad.get("final");
        assertEquals(true, fin.get("diverged"));
        assertEquals(5L, ((Number) fin.get("divergedAt")).longValue());
        Map<String, Object> ok = (Map<String, Object>) Json.parse(Json.write(TraceJson.of(
                TraceRunner.run(TraceRequest.of(TORONTO, List.of(Optimizers.parse("sgd", Map.of("lr", "0.1"))), 20)), 1)));
        Map<String, Object> okFin = (Map<String, Object>) ok.get("final");
        assertTrue(okFin.containsKey("divergedAt"));
        assertNull(okFin.get("divergedAt"));
    }

    @Test
    void theStabilityLimitOfTheTorontoProblemIsTwoOverTen() {
        StabilityLimit s = StabilityLimit.of(TORONTO).orElseThrow();
        assertEquals(10, s.curvature(), 1e-12);
        assertEquals(0.2, s.gradientDescent(), 1e-12);
        assertEquals(2 * 1.9 / 10, s.heavyBall(0.9), 1e-12);
        assertEquals("stable for η < 2/L = 0.2 (L = 10, the largest curvature): η = 0.5 diverges",
                s.describe(Optimizers.parse("sgd", Map.of("lr", "0.5"))));
        assertEquals("stable for η < 2/L = 0.2 (L = 10, the largest curvature)", s.describe(Optimizers.parse("sgd", Map.of("lr", "0.1"))));
        assertEquals("stable for η < 2(1 + β)/L = 0.38 (L = 10, the largest curvature)",
                s.describe(Optimizers.parse("momentum", Map.of("lr", "0.1", "momentum", "0.9"))));
        assertTrue(s.forOptimizer(Optimizers.parse("adam", Map.of())).isEmpty());
    }

    @Test
    void theLimitSeparatesConvergingFromDivergingTraces() {
        double limit = StabilityLimit.of(TORONTO).orElseThrow().gradientDescent();
        assertFalse(sgd(Double.toString(limit * 0.99), 2000).finalState().diverged());
        assertTrue(sgd(Double.toString(limit * 1.01), 2000).finalState().diverged());
    }

    @Test
    void problemsWithoutAConstantHessianHaveNoLimit() {
        assertTrue(StabilityLimit.of(Problems.parse("rosenbrock", Map.of())).isEmpty());
        assertTrue(StabilityLimit.of(Problems.parse("constant", Map.of("c", "2"))).isEmpty());
        assertEquals(10, StabilityLimit.of(Problems.parse("quadratic", Map.of("scale", "10"))).orElseThrow().curvature(), 1e-9);
    }
}
