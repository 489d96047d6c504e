package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.closed.QuadraticRates;
import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/** Optimal step sizes and rates on a quadratic, against brute force and against traces. */
class QuadraticRatesTest {

    private static final double L = 2;
    private static final double MU = 0.05;

    @Test
    void gdOptimalLearningRateBeatsEveryOtherOnAGrid() {
        QuadraticRates r = new QuadraticRates(MU, L);
        double bestLr = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < 200_000; i++) {
            double lr = i * 1e-5;
            double rate = Math.max(Math.abs(1 - lr * MU), Math.abs(1 - lr * L));
            if (rate < best) {
                best = rate;
                bestLr = lr;
            }
        }
        assertEquals(bestLr, r.gdOptimalLr(), 1e-5);
        assertEquals(best, r.gdOptimalRate(), 1e-5);
        assertEquals(2 / (L + MU), r.gdOptimalLr(), 1e-15);
    }

    @Test
    void heavyBallOptimumBeatsAGridOfLearningRatesAndMomenta() {
        QuadraticRates r = new QuadraticRates(MU, L);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= 400; i++) {
            for (int j = 0; j < 400; j++) {
                double lr = i * 0.005;
                double beta = j / 400.0;
                best = Math.min(best, r.heavyBallRate(lr, beta));
            }
        }
        double opt = r.heavyBallRate(r.heavyBallOptimalLr(), r.heavyBallOptimalMomentum());
        assertEquals(r.heavyBallOptimalRate(), opt, 1e-7);
        assertTrue(opt <= best + 1e-12, opt + " vs grid " + best);
        double k = Math.sqrt(L / MU);
        assertEquals((k - 1) / (k + 1), r.heavyBallOptimalRate(), 1e-15);
        assertTrue(r.heavyBallOptimalRate() < r.gdOptimalRate());
    }

    @Test
    void tracesShrinkAtThePredictedRates() {
        Problem p = Problems.parse("quadratic", Map.of("cond", Double.toString(L / MU), "scale", Double.toString(L), "angle", "20"));
        QuadraticRates r = QuadraticRates.of(p.quadraticForm().orElseThrow());
        assertEquals(MU, r.mu(), 1e-12);
        assertEquals(L, r.large(), 1e-12);
        var gd = Optimizers.parse("sgd", Map.of("lr", Double.toString(r.gdOptimalLr())));
        var hb = Optimizers.parse("momentum", Map.of("lr", Double.toString(r.heavyBallOptimalLr()),
                "momentum", Double.toString(r.heavyBallOptimalMomentum())));
        TraceResult res = TraceRunner.run(TraceRequest.of(p, List.of(gd, hb), 600));
        double gdRatio = Math.pow(norm(res.traces().get(0), 600) / norm(res.traces().get(0), 300), 1.0 / 300);
        assertEquals(r.gdOptimalRate(), gdRatio, 1e-6);
        double hbRatio = Math.pow(norm(res.traces().get(1), 600) / norm(res.traces().get(1), 300), 1.0 / 300);
        // a double eigenvalue adds a factor linear in t: (600/300)^(1/300) over the geometric rate
        assertEquals(r.heavyBallOptimalRate() * Math.pow(2, 1.0 / 300), hbRatio, 2e-3);
    }

    private static double norm(Trace t, int step) {
        return Mat.norm(t.step(step).params());
    }

    @Test
    void flatProblemsHaveNoRate() {
        assertThrows(IllegalArgumentException.class, () -> QuadraticRates.of(Problems.defaults("constant").quadraticForm().orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> new QuadraticRates(2, 1));
        // least squares ignores its flat (null-space) direction
        QuadraticRates ls = QuadraticRates.of(Problems.defaults("least-squares").quadraticForm().orElseThrow());
        assertEquals(2 * 5, ls.large(), 1e-12);
        assertEquals(ls.large(), ls.mu(), 1e-12);
    }
}
