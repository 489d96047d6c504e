package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import nnwb.core.optim.update.CancellableOptimizer;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.OptimizerFactory;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/** The one cancellation wrapper steps exactly as the optimizer it wraps and stops at the first check after a cancel. */
class CancellableOptimizerTest {

    private static final OptimizerConfig ADAM = Optimizers.parse("adam", Map.of("lr", "0.1"));

    @Test
    void notCancelledItStepsBitForBitAsTheWrappedOptimizer() {
        Optimizer plain = Optimizers.create(ADAM, 1, 2);
        Optimizer wrapped = CancellableOptimizer.factory(OptimizerFactory.ENGINE, () -> false, 1).create(ADAM, 1, 2);
        double[] p1 = {1, -2};
        double[] p2 = {1, -2};
        double[] s1 = new double[2 * plain.stateSlots()];
        double[] s2 = new double[2 * wrapped.stateSlots()];
        for (int t = 1; t <= 20; t++) {
            double[] g = {2 * p1[0], 4 * p1[1]};
            plain.step(p1, g, s1, t);
            wrapped.step(p2, new double[] {2 * p2[0], 4 * p2[1]}, s2, t);
        }
        assertArrayEquals(p1, p2, 0.0);
        assertEquals(plain.stateNames(), wrapped.stateNames());
    }

    @Test
    void itAsksAtTheFirstStepAndThenEveryNStepsAndNamesTheStep() {
        AtomicInteger asked = new AtomicInteger();
        Optimizer o = CancellableOptimizer.factory(OptimizerFactory.ENGINE, () -> asked.incrementAndGet() > 3, 4)
                .create(ADAM, 1, 1);
        double[] p = {1};
        double[] s = new double[o.stateSlots()];
        for (int t = 1; t <= 11; t++) {
            o.step(p, new double[] {p[0]}, s, t);
        }
        assertEquals(3, asked.get(), "asked at steps 1, 4 and 8");
        CancellationException e = assertThrows(CancellationException.class, () -> o.step(p, new double[] {p[0]}, s, 12));
        assertEquals("trace cancelled at step 12", e.getMessage());
    }

    @Test
    void checkingLessThanEveryStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CancellableOptimizer.factory(OptimizerFactory.ENGINE, () -> false, 0));
    }
}
