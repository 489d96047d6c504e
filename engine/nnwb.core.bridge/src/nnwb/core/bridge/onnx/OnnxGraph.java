package nnwb.core.bridge.onnx;

import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code GraphProto}: nodes in the file's (topological) order, the graph inputs and outputs with
 * their shapes, the inferred shapes of intermediate values, and the initializers by name (their dimensions,
 * the values only of small ones).
 */
public record OnnxGraph(String name, List<OnnxNode> nodes, List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs,
        Map<String, OnnxValueInfo> valueInfo, Map<String, OnnxTensor> initializers) {

    public OnnxGraph {
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        valueInfo = Map.copyOf(valueInfo);
        initializers = Map.copyOf(initializers);
    }
}
