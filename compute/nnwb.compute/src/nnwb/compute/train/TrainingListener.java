package nnwb.compute.train;

/**
 * Progress of a training run, called on the compute service's worker thread: keep each call short (hand the
 * values to another thread, e.g. the UI's). Every method has an empty default.
 */
public interface TrainingListener {

    /** After each training step. */
    default void iteration(IterationMetrics m) {
    }

    /** After each epoch's evaluation. */
    default void epoch(EpochMetrics m) {
    }

    /** The first layer's weights, at initialisation and after each epoch. */
    default void kernels(LayerKernels k) {
    }

    /**
     * Histograms of every layer's parameters (values) at initialisation (epoch 0, values only) and, after each
     * epoch, of their values and of their gradients at the epoch's last step; one call per epoch with all tensors.
     */
    default void histograms(java.util.List<TensorHistogram> h) {
    }

    /** For pixel-wise tasks, predictions on a few validation images after each epoch. */
    default void samples(PixelSamples s) {
    }

    /**
     * After each epoch, on the worker: the network as trained so far, to save as a checkpoint
     * ({@link nnwb.compute.net.Network#save}); never close it. A failure here is noted, never stops the run.
     */
    default void checkpoint(nnwb.compute.net.Network network) {
    }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };
}
