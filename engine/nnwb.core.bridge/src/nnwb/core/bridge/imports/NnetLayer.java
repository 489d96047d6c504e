package nnwb.core.bridge.imports;

import java.util.List;
import nnwb.core.bridge.onnx.OnnxNode;

/**
 * One {@code .nnet} line being made: its kind keyword, its arguments as written ({@code 64}, {@code stride=2}),
 * the data tensors it reads (one, or several for {@code add}, {@code mul}, {@code concat}), the tensor it makes
 * and the ONNX nodes it stands for. The name is given once every line is known ({@link LayerNames}).
 */
final class NnetLayer {

    final String kind;
    final List<String> args;
    final List<String> inputs;
    final String output;
    final List<OnnxNode> nodes;
    String name;

    NnetLayer(String kind, List<String> args, List<String> inputs, String output, List<OnnxNode> nodes) {
        this.kind = kind;
        this.args = List.copyOf(args);
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.nodes = List.copyOf(nodes);
    }

    /** True for the kinds whose positional arguments are earlier layers. */
    boolean merges() {
        return kind.equals("add") || kind.equals("mul") || kind.equals("concat");
    }

    /** The ONNX node whose output this line is (the last of a fused pattern). */
    OnnxNode last() {
        return nodes.get(nodes.size() - 1);
    }
}
