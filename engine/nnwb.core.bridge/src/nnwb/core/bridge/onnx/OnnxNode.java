package nnwb.core.bridge.onnx;

import java.util.List;
import java.util.Map;

/**
 * An ONNX {@code NodeProto}: one operator application. An optional input left out is the empty string,
 * as in the file.
 */
public record OnnxNode(String name, String opType, String domain, List<String> inputs, List<String> outputs,
        Map<String, OnnxAttribute> attributes) {

    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = Map.copyOf(attributes);
    }

    /** The attribute {@code key}, or null. */
    public OnnxAttribute attribute(String key) {
        return attributes.get(key);
    }

    /** Input {@code i}, or the empty string when the node has fewer inputs. */
    public String input(int i) {
        return i < inputs.size() ? inputs.get(i) : "";
    }

    /** The first output, or the empty string. */
    public String output0() {
        return outputs.isEmpty() ? "" : outputs.get(0);
    }

    /** How the node is named in messages: {@code 'name' (OpType)}, or the first output when it has no name. */
    public String describe() {
        String n = name.isEmpty() ? (outputs.isEmpty() ? "?" : "producing " + outputs.get(0)) : name;
        return "node '" + n + "' (" + opType + ")";
    }
}
