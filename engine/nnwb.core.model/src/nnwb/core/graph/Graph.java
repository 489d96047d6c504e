package nnwb.core.graph;

import java.util.List;

/**
 * The expanded network: nodes in topological order (the input first), the
 * symbolic repeat groups, the symbol values used, and whether shapes print
 * channels last (the input was written as {@code HxWxC}).
 */
public record Graph(String name, List<Node> nodes, List<RepeatGroup> groups, SymbolTable symbols, boolean channelsLast) {

    public Graph {
        nodes = List.copyOf(nodes);
        groups = List.copyOf(groups);
    }

    /** The node named {@code name}, or null. */
    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    /** The last node: the network output. */
    public Node output() {
        return nodes.get(nodes.size() - 1);
    }
}
