package nnwb.core.analysis;

import nnwb.core.cost.LayerCost;
import nnwb.core.graph.Node;
import nnwb.core.cost.ReceptiveField;
import nnwb.core.graph.Shape;

import nnwb.core.symbolic.Poly;

/**
 * One row of the per-layer table. Counts are for one copy of the layer;
 * {@code multiplier} says how many copies a symbolic repeat stands for.
 * Multiplications and activation bytes are for the whole batch.
 *
 * @param node            the graph node (parameters, inputs, shapes)
 * @param cost            per-example counts
 * @param receptiveField  receptive field of one output cell
 * @param batch           the batch size used
 * @param bytesPerValue   bytes of the chosen dtype
 */
public record LayerRow(Node node, LayerCost cost, ReceptiveField receptiveField, Poly batch, int bytesPerValue) {

    public String name() {
        return node.name();
    }

    public String type() {
        return node.type();
    }

    public Shape outputShape() {
        return node.outputShape();
    }

    public Poly multiplier() {
        return node.multiplier();
    }

    /** Trainable parameters: weights + biases. */
    public Poly params() {
        return cost.params();
    }

    /** Forward multiply-accumulates for the batch. */
    public Poly macs() {
        return batch.multiply(cost.macs());
    }

    public Poly inputGradMults() {
        return batch.multiply(cost.inputGradMults());
    }

    public Poly weightGradMults() {
        return batch.multiply(cost.weightGradMults());
    }

    /** Backward multiplications for the batch: input gradient + weight gradient. */
    public Poly backwardMults() {
        return batch.multiply(cost.backwardMults());
    }

    /** Output values of one example. */
    public Poly outputValues() {
        return node.outputShape().elements();
    }

    /** Bytes of this layer's output for the batch. */
    public Poly activationBytes() {
        return batch.multiply(outputValues()).multiply(bytesPerValue);
    }
}
