package nnwb.train;

import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.train.LayerKernels;
import nnwb.compute.train.PixelSamples;

/**
 * A listener that passes every call on to another: the one relay that listeners which add something to a run's
 * progress (a progress bar, the lists a run folder is written from) extend, overriding only what they add to.
 */
public class ForwardingRunListener implements RunListener {

    /** Where every call goes. */
    protected final RunListener next;

    /** Relays every call to {@code next}. */
    public ForwardingRunListener(RunListener next) {
        this.next = next;
    }

    @Override
    public void started(PreparedRun run) {
        next.started(run);
    }

    @Override
    public void iteration(IterationMetrics m) {
        next.iteration(m);
    }

    @Override
    public void epoch(EpochMetrics m) {
        next.epoch(m);
    }

    @Override
    public void kernels(LayerKernels k) {
        next.kernels(k);
    }

    @Override
    public void histograms(java.util.List<nnwb.compute.train.TensorHistogram> h) {
        next.histograms(h);
    }

    @Override
    public void samples(PixelSamples s) {
        next.samples(s);
    }

    @Override
    public void checkpoint(Network network) {
        next.checkpoint(network);
    }

    @Override
    public void memory(MemorySample m) {
        next.memory(m);
    }

    @Override
    public void finished(RunResult r) {
        next.finished(r);
    }
}
