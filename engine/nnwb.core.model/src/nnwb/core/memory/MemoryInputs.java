package nnwb.core.memory;

import java.util.List;

import nnwb.core.cost.LayerCost;
import nnwb.core.graph.Graph;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;

/**
 * What a {@link MemoryConvention} counts from: the graph with each node's cost (indexed like the nodes),
 * the storage type, the batch, a printer for formulas, and the textbook report (its conventions not yet filled in; the
 * framework conventions share its inference peak).
 */
public record MemoryInputs(Graph graph, List<LayerCost> costs, DType dtype, Poly batch, PolyFormat format,
        MemoryReport textbook) {

    public MemoryInputs {
        costs = List.copyOf(costs);
    }

    /** Trainable parameter values of the whole network, repeats included. */
    public Poly params() {
        return textbook.params();
    }

    /** Non-trainable stored values (batch-norm running statistics), repeats included. */
    public Poly buffers() {
        return textbook.buffers();
    }

    /** Parameter tensors (a weight and a bias count two), repeats included: optimizers keep per-tensor state. */
    public Poly paramTensors() {
        Poly n = Poly.ZERO;
        for (var node : graph.nodes()) {
            LayerCost c = costs.get(node.index());
            int tensors = (c.weights().isZero() ? 0 : 1) + (c.biases().isZero() ? 0 : 1);
            n = n.add(node.multiplier().multiply(tensors));
        }
        return n;
    }
}
