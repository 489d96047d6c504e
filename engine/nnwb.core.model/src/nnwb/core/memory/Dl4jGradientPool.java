package nnwb.core.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;

/**
 * The activation-gradient workspaces of one DL4J {@code ComputationGraph} training step, per example, replayed as
 * DL4J 1.0.0-M2.1 fills them: vertices in the reverse of DL4J's topological order (Kahn's algorithm, first in first
 * out, vertices in the order they were added), each vertex's backward pass writing the gradients of its inputs into a
 * workspace taken from the free ones (the last freed first) or a new one, that workspace freed once every input
 * vertex has run its own backward pass. A workspace keeps the largest size it ever held, so the pool is the sum of
 * those maxima. The loss layer the trainer adds after the output (replacing a final softmax) comes first.
 *
 * @param values     values per example over all workspaces of the pool
 * @param workspaces how many workspaces the pool has
 */
record Dl4jGradientPool(long values, int workspaces) {

    /** A vertex of the replay: its output values, inputs (indices) and gradient values it allocates. */
    private record Vertex(long out, List<Integer> inputs, long allocates) {
    }

    static Dl4jGradientPool of(Graph g) {
        List<Vertex> vs = vertices(g);
        List<Integer> order = topologicalOrder(vs);
        List<Long> capacity = new ArrayList<>();
        Deque<Integer> free = new ArrayDeque<>();
        Map<Integer, Set<Integer>> waiting = new LinkedHashMap<>();
        Set<Integer> done = new HashSet<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            int v = order.get(i);
            Vertex x = vs.get(v);
            if (x.inputs().isEmpty()) {
                continue;
            }
            int w;
            if (free.isEmpty()) {
                w = capacity.size();
                capacity.add(0L);
            } else {
                w = free.removeLast();
            }
            capacity.set(w, Math.max(capacity.get(w), x.allocates()));
            Set<Integer> needs = new HashSet<>();
            for (int in : x.inputs()) {
                if (!vs.get(in).inputs().isEmpty()) {
                    needs.add(in);
                }
            }
            waiting.remove(w);
            waiting.put(w, needs);
            done.add(v);
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var e = it.next();
                if (e.getKey() != w && done.containsAll(e.getValue())) {
                    free.addLast(e.getKey());
                    it.remove();
                }
            }
        }
        return new Dl4jGradientPool(capacity.stream().mapToLong(Long::longValue).sum(), capacity.size());
    }

    /** The graph's nodes as DL4J vertices, with the loss layer last (in place of a final softmax). */
    private static List<Vertex> vertices(Graph g) {
        List<Vertex> vs = new ArrayList<>();
        Node output = g.output();
        boolean softmaxLast = output.kind() == LayerKind.SOFTMAX && !output.isInput();
        for (Node n : g.nodes()) {
            List<Integer> ins = n.inputs().stream().map(Node::index).toList();
            long out = n.outputShape().elements().longValue();
            if (n.isInput()) {
                vs.add(new Vertex(out, List.of(), 0));
            } else if (n == output && softmaxLast) {
                vs.add(new Vertex(out, ins, out));
            } else {
                long in = 0;
                for (Node i : n.inputs()) {
                    in += i.outputShape().elements().longValue();
                }
                vs.add(new Vertex(out, ins, Dl4jLayerTable.of(n.kind(), n.outputShape().area().longValue() == 1).gradient() * in));
            }
        }
        if (!softmaxLast) {
            long out = output.outputShape().elements().longValue();
            vs.add(new Vertex(out, List.of(output.index()), out));
        }
        return vs;
    }

    /** DL4J's order: Kahn's algorithm with a first-in-first-out queue, each vertex's consumers in the order added. */
    private static List<Integer> topologicalOrder(List<Vertex> vs) {
        int n = vs.size();
        int[] missing = new int[n];
        List<List<Integer>> consumers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            consumers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> distinct = new HashSet<>(vs.get(i).inputs());
            missing[i] = distinct.size();
            for (int in : distinct) {
                consumers.get(in).add(i);
            }
        }
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (missing[i] == 0) {
                queue.addLast(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            int v = queue.removeFirst();
            order.add(v);
            for (int c : consumers.get(v)) {
                if (--missing[c] == 0) {
                    queue.addLast(c);
                }
            }
        }
        return order;
    }
}
