package nnwb.core.optim.update;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * An optimizer that asks, every {@code every} steps, whether its trace was cancelled and then throws
 * {@link CancellationException} naming the step; otherwise it steps exactly as the optimizer it wraps. The one
 * cancellation wrapper: the trace view (every 1,024 steps) and the compute service (every step) both use it.
 */
public final class CancellableOptimizer implements Optimizer {

    private final Optimizer inner;
    private final BooleanSupplier cancelled;
    private final int every;

    private CancellableOptimizer(Optimizer inner, BooleanSupplier cancelled, int every) {
        this.inner = inner;
        this.cancelled = cancelled;
        this.every = every;
    }

    /**
     * The optimizers of {@code factory}, each checking {@code cancelled} at step 1 and every {@code every} steps.
     *
     * @throws IllegalArgumentException when {@code every} is not positive
     */
    public static OptimizerFactory factory(OptimizerFactory factory, BooleanSupplier cancelled, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("check for cancellation at least every step, not every " + every);
        }
        return (c, rows, cols) -> new CancellableOptimizer(factory.create(c, rows, cols), cancelled, every);
    }

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
        if ((t == 1 || t % every == 0) && cancelled.getAsBoolean()) {
            throw new CancellationException("trace cancelled at step " + t);
        }
        inner.step(params, grad, state, t);
    }
}
