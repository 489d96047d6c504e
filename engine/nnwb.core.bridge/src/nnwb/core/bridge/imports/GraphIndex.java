package nnwb.core.bridge.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.bridge.onnx.OnnxGraph;
import nnwb.core.bridge.onnx.OnnxNode;
import nnwb.core.bridge.onnx.OnnxValueInfo;

/** Who makes and who reads each tensor of a graph, and the shapes the file states for them. */
final class GraphIndex {

    private final Map<String, OnnxNode> producers = new HashMap<>();
    private final Map<String, List<OnnxNode>> consumers = new HashMap<>();
    private final Map<String, OnnxValueInfo> shapes = new HashMap<>();

    GraphIndex(OnnxGraph g) {
        for (OnnxNode n : g.nodes()) {
            n.outputs().forEach(o -> producers.put(o, n));
            for (String i : n.inputs()) {
                if (!i.isEmpty()) {
                    consumers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
                }
            }
        }
        shapes.putAll(g.valueInfo());
        g.inputs().forEach(v -> shapes.put(v.name(), v));
        g.outputs().forEach(v -> shapes.put(v.name(), v));
    }

    /** The node making {@code tensor}, or null for a graph input or initializer. */
    OnnxNode producer(String tensor) {
        return producers.get(tensor);
    }

    /** The nodes reading {@code tensor}. */
    List<OnnxNode> consumers(String tensor) {
        return consumers.getOrDefault(tensor, List.of());
    }

    /** The rank the file states for {@code tensor}, or -1. */
    int rank(String tensor) {
        OnnxValueInfo v = shapes.get(tensor);
        return v == null || v.dims() == null ? -1 : v.dims().size();
    }
}
