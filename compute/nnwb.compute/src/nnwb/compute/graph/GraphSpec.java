package nnwb.compute.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A network as a directed acyclic graph, in a form any backend can build: the input shape and the nodes in
 * topological order (each reads only the input or earlier nodes); the last node is the output. Built from the
 * analysis engine's graph by {@code nnwb.model.compute.ModelGraphs}.
 */
public record GraphSpec(String name, String inputName, TensorShape input, List<GraphNode> nodes) {

    public GraphSpec {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a graph needs at least one node");
        }
        Set<String> seen = new HashSet<>();
        seen.add(inputName);
        for (GraphNode n : nodes) {
            for (String in : n.inputs()) {
                if (!seen.contains(in)) {
                    throw new IllegalArgumentException(n.name() + " reads '" + in + "', which is not an earlier node");
                }
            }
            if (!seen.add(n.name())) {
                throw new IllegalArgumentException("two nodes are called '" + n.name() + "'");
            }
        }
    }

    /** The output node. */
    public GraphNode output() {
        return nodes.get(nodes.size() - 1);
    }

    /** True when every node reads exactly the one before it (the first reads the input). */
    public boolean isChain() {
        String previous = inputName;
        for (GraphNode n : nodes) {
            if (n.inputs().size() != 1 || !n.inputs().get(0).equals(previous)) {
                return false;
            }
            previous = n.name();
        }
        return true;
    }

    /** The shape of node {@code name} (the input's for {@link #inputName()}), or null. */
    public TensorShape shapeOf(String name) {
        if (name.equals(inputName)) {
            return input;
        }
        return nodes.stream().filter(n -> n.name().equals(name)).map(GraphNode::outputShape).findFirst().orElse(null);
    }
}
