package nnwb.optim.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nnwb.compute.OptimizerSteps;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.update.CancellableOptimizer;
import nnwb.core.optim.update.OptimizerFactory;
import nnwb.optim.compute.BackendTrace;
import nnwb.optim.compute.ComputeTraces;

/**
 * The view's background work, by generation: every edit starts a new generation and cancels the jobs of the last;
 * a job's result reaches the UI thread only while its generation is current and the view is open.
 */
final class TraceJobs {

    /** Quiet time after the last edit before ND4J recomputes. */
    static final int ND4J_DELAY_MS = 400;
    /** Wait before tracing a dragged start: the drags of a burst cancel each other before they run, the last one traces. */
    static final int DRAG_DELAY_MS = 15;

    /** An engine trace and the nanoseconds it took. */
    interface Traced {
        void accept(TraceResult result, long nanos);
    }

    private final Control owner;
    private int generation;
    private Job engineJob;
    private Job nd4jJob;

    /** Jobs whose results go to {@code owner}'s display while it is not disposed. */
    TraceJobs(Control owner) {
        this.owner = owner;
    }

    /** Starts a new generation (cancelling the last one's jobs) and returns it. */
    int next() {
        generation++;
        cancel(engineJob);
        cancel(nd4jJob);
        return generation;
    }

    /** Whether a job (engine or ND4J) is still scheduled or running. */
    boolean busy() {
        return (engineJob != null && engineJob.getState() != Job.NONE) || (nd4jJob != null && nd4jJob.getState() != Job.NONE);
    }

    /** Traces {@code req} with the engine in a job {@code delayMs} from now (Cancel stops it within 1,024 steps). */
    void engine(TraceRequest req, int gen, long delayMs, Traced done) {
        engineJob = Job.create("Tracing optimizers with the engine", monitor -> {
            try {
                long t0 = System.nanoTime();
                TraceResult r = TraceRunner.run(req, cancellable(monitor::isCanceled), true);
                long ns = System.nanoTime() - t0;
                asyncIfCurrent(gen, () -> done.accept(r, ns));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            }
        });
        engineJob.schedule(delayMs);
    }

    /** Recomputes {@code req} with ND4J's updaters inside the compute service, {@value #ND4J_DELAY_MS} ms from now. */
    void nd4j(OptimizerSteps service, TraceRequest req, int gen, Consumer<BackendTrace> done, Consumer<String> failed) {
        nd4jJob = Job.create("Recomputing optimizer traces with ND4J", monitor -> {
            monitor.beginTask("ND4J updaters in the compute service", IProgressMonitor.UNKNOWN);
            try {
                BackendTrace bt = ComputeTraces.trace(service, req, monitor::isCanceled);
                asyncIfCurrent(gen, () -> done.accept(bt));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                asyncIfCurrent(gen, () -> failed.accept(e.getMessage()));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        nd4jJob.setSystem(false);
        nd4jJob.schedule(ND4J_DELAY_MS);
    }

    private void asyncIfCurrent(int gen, Runnable r) {
        Display d = owner.getDisplay();
        if (d.isDisposed()) {
            return;
        }
        d.asyncExec(() -> {
            if (gen == generation && !owner.isDisposed()) {
                r.run();
            }
        });
    }

    private static void cancel(Job j) {
        if (j != null) {
            j.cancel();
        }
    }

    static OptimizerFactory cancellable(BooleanSupplier cancelled) {
        return CancellableOptimizer.factory(OptimizerFactory.ENGINE, cancelled, 1024);
    }
}
