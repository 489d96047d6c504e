package nnwb.compute.graph;

import java.util.List;
import java.util.Objects;

/**
 * One node of a {@link GraphSpec}: its unique name, the names of the nodes it reads (in order; the network
 * input is called by {@link GraphSpec#inputName()}), what it computes and the output shape the analysis engine
 * inferred for it (a backend may check its own inference against it).
 */
public record GraphNode(String name, List<String> inputs, GraphOp op, TensorShape outputShape) {

    public GraphNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(outputShape, "outputShape");
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(name + " reads nothing");
        }
        boolean merges = op instanceof GraphOp.Add || op instanceof GraphOp.Concat;
        if (merges != inputs.size() > 1) {
            throw new IllegalArgumentException(name + ": only add and concat read several nodes");
        }
    }
}
