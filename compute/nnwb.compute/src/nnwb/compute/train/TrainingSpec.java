package nnwb.compute.train;

import java.util.List;
import java.util.Objects;

import nnwb.compute.UpdaterSpec;
import nnwb.compute.graph.GraphSpec;

/**
 * How to train a network. The graph's last node gives a score per class (a vector) or, for pixel-wise
 * classification, a map per class; a final softmax node, if any, is folded into the loss. The loss is softmax
 * cross-entropy, averaged over examples (and pixels).
 *
 * @param graph       the network, as {@code nnwb.model.compute.ModelGraphs#fromAnalysis} builds it
 * @param updater     the optimizer; MOMENTUM trains as DL4J's Nesterov momentum (same state, one value per
 *                    parameter), which the result's notes say
 * @param weightDecay decoupled weight decay of the weights (scaled by the learning rate), 0 for none
 * @param dropout     probability of dropping each input of every fully connected layer while training, 0 for none
 * @param batch       examples per step
 * @param epochs      passes over the training set
 * @param seed        seed of the initialisation, the dropout masks and the shuffling
 * @param evalLimit   at most this many training examples are evaluated for the training accuracy after an epoch
 * @param layers      per-layer setups (frozen, initial kernels), empty for none
 */
public record TrainingSpec(GraphSpec graph, UpdaterSpec updater, double weightDecay, double dropout, int batch, int epochs,
        long seed, int evalLimit, List<LayerSetup> layers) {

    public TrainingSpec {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(updater, "updater");
        if (batch < 1 || epochs < 1) {
            throw new IllegalArgumentException("batch and epochs must be >= 1, got " + batch + " and " + epochs);
        }
        if (!(weightDecay >= 0) || !(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("weight decay must be >= 0 and dropout in [0, 1)");
        }
        if (evalLimit < 1) {
            throw new IllegalArgumentException("evalLimit must be >= 1");
        }
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** Without per-layer setups. */
    public TrainingSpec(GraphSpec graph, UpdaterSpec updater, double weightDecay, double dropout, int batch, int epochs,
            long seed, int evalLimit) {
        this(graph, updater, weightDecay, dropout, batch, epochs, seed, evalLimit, List.of());
    }

    /** Without weight decay and dropout, evaluating up to 5,000 training examples. */
    public static TrainingSpec of(GraphSpec graph, UpdaterSpec updater, int batch, int epochs, long seed) {
        return new TrainingSpec(graph, updater, 0, 0, batch, epochs, seed, 5000);
    }
}
