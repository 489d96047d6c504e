package nnwb.core.bridge.onnx;

import java.util.List;

/**
 * An ONNX {@code AttributeProto} with the value kinds the import reads: one float, int, string or tensor,
 * or a list of floats or ints. Graph-valued attributes (control flow) are skipped when read.
 */
public record OnnxAttribute(String name, int type, float f, long i, String s, List<Float> floats, List<Long> ints, OnnxTensor t) {

    /** {@code AttributeProto.AttributeType} values. */
    public static final int FLOAT = 1;
    public static final int INT = 2;
    public static final int STRING = 3;
    public static final int TENSOR = 4;
    public static final int FLOATS = 6;
    public static final int INTS = 7;

    public OnnxAttribute {
        floats = List.copyOf(floats);
        ints = List.copyOf(ints);
    }
}
