package nnwb.core.graph;

import java.util.List;
import nnwb.core.model.LayerKind;
import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * One layer of the expanded network graph, with its resolved parameters,
 * inputs and shapes; what a network builder walks (in {@link Graph#nodes()}
 * order, which is topological). The network input is a node whose kind is null.
 */
public final class Node {

    private final int index;
    private final String name;
    private final LayerKind kind;
    private final LayerParams params;
    private final List<Node> inputs;
    private final Shape outputShape;
    private final Poly multiplier;
    private final Pos pos;

    Node(int index, String name, LayerKind kind, LayerParams params, List<Node> inputs, Shape outputShape, Poly multiplier, Pos pos) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.params = params;
        this.inputs = List.copyOf(inputs);
        this.outputShape = outputShape;
        this.multiplier = multiplier;
        this.pos = pos;
    }

    public int index() {
        return index;
    }

    /** Unique name, e.g. {@code layer1.0.conv1}. */
    public String name() {
        return name;
    }

    /** The layer kind, null for the network input. */
    public LayerKind kind() {
        return kind;
    }

    public boolean isInput() {
        return kind == null;
    }

    /** Kind keyword, or {@code input}. */
    public String type() {
        return kind == null ? "input" : kind.keyword();
    }

    public LayerParams params() {
        return params;
    }

    public List<Node> inputs() {
        return inputs;
    }

    /** Shape of the first input (the output shape for the input node). */
    public Shape inputShape() {
        return inputs.isEmpty() ? outputShape : inputs.get(0).outputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    /** How many copies this node stands for (symbolic repeat), usually 1. */
    public Poly multiplier() {
        return multiplier;
    }

    /** Where the layer is written. */
    public Pos pos() {
        return pos;
    }

    @Override
    public String toString() {
        return name + " (" + type() + ") -> " + outputShape;
    }
}
