package nnwb.model.ui.internal.summary;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.VarianceSample;

/**
 * Samples activation and gradient second moments through the compute service, off the UI thread. The service
 * call itself cannot be interrupted; a cancelled job drops its result. Whatever happens, {@code done} gets a
 * sample (possibly unsupported, with the reason) or, when the service is not available or fails, a sample
 * whose reason says so; it is called on the job's thread.
 */
final class SamplingJob extends Job {

    /** Values per layer output kept under this, so a batch of big images stays within a few tens of MB. */
    private static final long VALUES = 4_000_000;

    private final ComputeService service;
    private final GraphSpec spec;
    private final InitSpec init;
    private final Consumer<VarianceSample> done;

    SamplingJob(ComputeService service, GraphSpec spec, InitSpec init, Consumer<VarianceSample> done) {
        super("Sampling activation and gradient variance with DL4J");
        this.service = service;
        this.spec = spec;
        this.init = init;
        this.done = done;
        setUser(false);
    }

    /** Batch size for {@code spec}: 2,000 examples, fewer for big layers, never below 16. */
    static int batchFor(GraphSpec spec) {
        long largest = spec.input().elements();
        for (var n : spec.nodes()) {
            largest = Math.max(largest, n.outputShape().elements());
        }
        return (int) Math.max(16, Math.min(2000, VALUES / largest));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 2);
        try {
            monitor.subTask("starting the compute backend");
            ComputeStatus s = service.start().toCompletableFuture().join();
            if (!s.isReady()) {
                done.accept(VarianceSample.unsupported("the compute service is not available: " + s.reason()));
                return Status.OK_STATUS;
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            monitor.worked(1);
            monitor.subTask("forward and backward pass");
            VarianceSample sample = service.sampleVariance(spec, init, batchFor(spec), 1234);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(sample);
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            done.accept(VarianceSample.unsupported("sampling failed: " + e.getMessage()));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
