package nnwb.core.bridge.onnx;

/**
 * An ONNX {@code TensorProto} as the import keeps it: name, element type, dimensions, and the values
 * as doubles when the tensor is small (a constant such as a clip bound, a scale or a target shape);
 * {@code values} is null for weights, whose data is skipped while reading.
 */
public record OnnxTensor(String name, int dataType, long[] dims, double[] values) {

    /** {@code TensorProto.DataType} values the import reads. */
    public static final int FLOAT = 1;
    public static final int INT32 = 6;
    public static final int INT64 = 7;
    public static final int DOUBLE = 11;

    /** Number of elements (1 for a scalar). */
    public long elements() {
        long e = 1;
        for (long d : dims) {
            e *= d;
        }
        return e;
    }
}
