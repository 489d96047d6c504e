package nnwb.optim.compute;

import java.util.List;
import java.util.function.BooleanSupplier;

import nnwb.compute.OptimizerSettings;
import nnwb.compute.OptimizerStepper;
import nnwb.compute.OptimizerSteps;
import nnwb.compute.TraceLoop;
import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.update.CancellableOptimizer;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.OptimizerFactory;
import nnwb.core.optim.update.Optimizers;

/**
 * The optimizer engine's traces stepped by the compute service: the engine's {@link TraceRunner} (its problems,
 * seeds, batches, noise, recording and closed forms) runs inside the service's {@link TraceLoop}, on its worker
 * thread, and every optimizer is stepped as the service's {@link OptimizerSteps#match} says: by ND4J's own updater
 * where ND4J has one that can be configured to the engine's form, by our update on ND4J arrays where ND4J has none,
 * by the engine otherwise.
 */
public final class ComputeTraces {

    private ComputeTraces() {
    }

    /** The compute API's description of an engine configuration: the same name and hyper-parameters. */
    public static OptimizerSettings settings(OptimizerConfig c) {
        return new OptimizerSettings(c.name(), c.values());
    }

    /** How {@code service} steps {@code c}; answers at once. */
    public static UpdaterMatch match(OptimizerSteps service, OptimizerConfig c) {
        return service.match(settings(c));
    }

    /** {@link #trace(OptimizerSteps, TraceRequest, BooleanSupplier)}, never cancelled. */
    public static BackendTrace trace(OptimizerSteps service, TraceRequest request) {
        return trace(service, request, () -> false);
    }

    /**
     * Whole traces of {@code request} computed inside {@code service}, checking {@code cancelled} before every step;
     * when it turns true the call ends with {@link java.util.concurrent.CancellationException}.
     */
    public static BackendTrace trace(OptimizerSteps service, TraceRequest request, BooleanSupplier cancelled) {
        List<UpdaterMatch> matches = request.optimizers().stream().map(c -> match(service, c)).toList();
        return service.trace(steppers -> {
            long t0 = System.nanoTime();
            OptimizerFactory factory = (c, rows, cols) -> match(service, c).route() == UpdaterMatch.Route.ENGINE
                    ? Optimizers.create(c, rows, cols) : new Stepped(c, steppers.create(settings(c), rows, cols));
            TraceResult r = TraceRunner.run(request, CancellableOptimizer.factory(factory, cancelled, 1), false);
            return new BackendTrace(r, matches, System.nanoTime() - t0);
        });
    }

    /** The service's stepper as one of the engine's optimizers. */
    private record Stepped(OptimizerConfig config, OptimizerStepper stepper) implements Optimizer {

        @Override
        public List<String> stateNames() {
            return stepper.stateNames();
        }

        @Override
        public void step(double[] params, double[] grad, double[] state, int t) {
            stepper.step(params, grad, state, t);
        }
    }
}
