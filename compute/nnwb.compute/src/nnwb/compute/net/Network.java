package nnwb.compute.net;

import java.nio.file.Path;
import java.util.List;

import nnwb.compute.ComputeException;
import nnwb.compute.Tensor;

/**
 * A network held by the compute service. Every method runs on the service's worker thread and
 * blocks until done. Features are [N, C, H, W]; labels are [N, outputs] (one-hot for classes).
 */
public interface Network extends AutoCloseable {

    /** One training step on a minibatch with the spec's updater; returns the loss before the step. */
    double fit(Tensor features, Tensor labels);

    /** The outputs for a batch, [N, outputs]. */
    Tensor predict(Tensor features);

    /** Loss and accuracy (arg-max agreement) over a labelled batch, without training. */
    Evaluation evaluate(Tensor features, Tensor labels);

    /** Trainable parameters, counted as the backend counts them. */
    long parameterCount();

    /**
     * The weights of every plain 2D convolution layer, input side first (the first entry holds the first-layer
     * filters a tool shows as images). Empty when the network has no convolution layer.
     *
     * @throws ComputeException when the backend cannot read its weights
     */
    default List<ConvWeights> convolutionWeights() {
        throw new ComputeException("this network cannot report its convolution weights");
    }

    /** Writes the network (configuration, parameters, updater state) to {@code file}. */
    void save(Path file);

    /** Releases the backend's memory for this network. */
    @Override
    void close();
}
