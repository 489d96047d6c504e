package nnwb.core.bridge.pytorch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;

/**
 * The graph's layers as nested modules, read from their dotted names: {@code layer1.0.conv1} is layer {@code conv1}
 * of module {@code 0} of module {@code layer1}, as block instances and repeats name them (and as PyTorch's
 * {@code named_modules()} does). A module becomes a sub-module only when it has one input from outside and only
 * its last layer is read from outside; otherwise its layers join its parent, named {@code a_b}.
 */
final class ModuleTree {

    /** A module: its layers and sub-modules in order, the value it reads and the layer it returns. */
    static final class Group {
        final String local;
        final String path;
        final List<Part> parts = new ArrayList<>();
        Node input;
        Node output;

        Group(String local, String path) {
            this.local = local;
            this.path = path;
        }

        /** Every layer under this module, in graph order. */
        List<Node> members() {
            List<Node> m = new ArrayList<>();
            for (Part p : parts) {
                if (p.node != null) {
                    m.add(p.node);
                } else {
                    m.addAll(p.group.members());
                }
            }
            m.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return m;
        }
    }

    /** One child of a module: a layer or a sub-module. */
    record Part(String local, Node node, Group group) {

        Node output() {
            return node != null ? node : group.output;
        }

        int first() {
            return node != null ? node.index() : group.members().get(0).index();
        }
    }

    private final Map<Node, List<Node>> readers = new HashMap<>();

    private ModuleTree(Graph g) {
        for (Node n : g.nodes()) {
            for (Node i : n.inputs()) {
                readers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /** The root module of {@code g}: the whole network, reading the input node. */
    static Group of(Graph g) {
        ModuleTree t = new ModuleTree(g);
        Group root = t.nested(g);
        if (root == null) {
            root = new Group("", "");
            for (Node n : g.nodes()) {
                if (!n.isInput()) {
                    root.parts.add(new Part(n.name().replace('.', '_'), n, null));
                }
            }
        }
        root.input = g.nodes().get(0);
        root.output = g.output();
        t.settle(root);
        return root;
    }

    /** The modules the names spell, or null when a name is both a layer and a module. */
    private Group nested(Graph g) {
        Group root = new Group("", "");
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<String> leaves = new HashSet<>();
        groups.put("", root);
        for (Node n : g.nodes()) {
            if (n.isInput()) {
                continue;
            }
            String[] parts = n.name().split("\\.");
            String path = "";
            Group parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                path = path.isEmpty() ? parts[i] : path + "." + parts[i];
                if (leaves.contains(path)) {
                    return null;
                }
                Group child = groups.get(path);
                if (child == null) {
                    child = new Group(parts[i], path);
                    groups.put(path, child);
                    parent.parts.add(new Part(parts[i], null, child));
                }
                parent = child;
            }
            if (groups.containsKey(n.name()) || !leaves.add(n.name())) {
                return null;
            }
            parent.parts.add(new Part(parts[parts.length - 1], n, null));
        }
        return root;
    }

    /** Works out each sub-module's input and output, dissolving those that are not self-contained. */
    private void settle(Group g) {
        List<Part> settled = new ArrayList<>();
        for (Part p : g.parts) {
            if (p.group == null) {
                settled.add(p);
                continue;
            }
            if (selfContained(p.group)) {
                settle(p.group);
                settled.add(p);
            } else {
                for (Part c : p.group.parts) {
                    settled.add(new Part(p.local + "_" + c.local, c.node, c.group));
                }
            }
        }
        settled.sort((a, b) -> Integer.compare(a.first(), b.first()));
        g.parts.clear();
        g.parts.addAll(settled);
        if (settled.stream().anyMatch(p -> p.group != null && p.group.input == null)) {
            settle(g);
        }
    }

    private boolean selfContained(Group g) {
        List<Node> members = g.members();
        Set<Node> inside = new HashSet<>(members);
        Set<Node> from = new HashSet<>();
        for (Node m : members) {
            for (Node i : m.inputs()) {
                if (!inside.contains(i)) {
                    from.add(i);
                }
            }
        }
        Node last = members.get(members.size() - 1);
        for (Node m : members) {
            if (m != last && readers.getOrDefault(m, List.of()).stream().anyMatch(r -> !inside.contains(r))) {
                return false;
            }
        }
        if (from.size() != 1) {
            return false;
        }
        g.input = from.iterator().next();
        g.output = last;
        return true;
    }
}
