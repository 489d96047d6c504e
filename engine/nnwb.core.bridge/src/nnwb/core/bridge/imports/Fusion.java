package nnwb.core.bridge.imports;

import java.util.List;
import nnwb.core.bridge.onnx.OnnxNode;

/**
 * A pattern of ONNX nodes that is one {@code .nnet} layer: it replaces its last node, reads {@code input}
 * and absorbs the others ({@code absorbed}, in graph order, the last node included).
 */
record Fusion(String kind, List<String> args, String input, List<OnnxNode> absorbed) {

    Fusion {
        args = List.copyOf(args);
        absorbed = List.copyOf(absorbed);
    }

    OnnxNode last() {
        return absorbed.get(absorbed.size() - 1);
    }
}
