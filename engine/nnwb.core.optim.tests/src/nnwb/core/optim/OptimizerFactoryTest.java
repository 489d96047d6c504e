package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.OptimizerFactory;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/** A trace stepped by optimizers from another factory keeps the runner's seeds, recording and closed forms. */
class OptimizerFactoryTest {

    @Test
    void aWrappingFactoryGivesTheSameTraceAndIsAskedOncePerOptimizer() {
        Problem p = Problems.parse("least-squares", Map.of("X", "1,2; 3,-1; 0,1", "t", "1,0,2"));
        List<OptimizerConfig> opts = List.of(Optimizers.parse("sgd", Map.of("lr", "0.05")), Optimizers.defaults("adam"));
        TraceRequest r = new TraceRequest(p, opts, 40, 1, 7, 0.1, null);
        AtomicInteger made = new AtomicInteger();
        AtomicInteger steps = new AtomicInteger();
        OptimizerFactory counting = (c, rows, cols) -> {
            made.incrementAndGet();
            Optimizer inner = Optimizers.create(c, rows, cols);
            return new Optimizer() {
                @Override
                public OptimizerConfig config() {
                    return inner.config();
                }

                @Override
                public List<String> stateNames() {
                    return inner.stateNames();
                }

                @Override
                public void step(double[] params, double[] grad, double[] state, int t) {
                    steps.incrementAndGet();
                    inner.step(params, grad, state, t);
                }
            };
        };
        TraceResult a = TraceRunner.run(r);
        TraceResult b = TraceRunner.run(r, counting, false);
        assertEquals(2, made.get());
        assertEquals(80, steps.get());
        for (int k = 0; k < 2; k++) {
            Trace ta = a.traces().get(k);
            Trace tb = b.traces().get(k);
            assertEquals(ta.size(), tb.size());
            for (int i = 0; i < ta.size(); i++) {
                assertArrayEquals(ta.step(i).params(), tb.step(i).params(), 0);
            }
        }
    }
}
