package nnwb.core.bridge.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code TensorProto}: name, element type and dimensions always; the values only of a small tensor
 * (at most {@link OnnxLimits#maxConstantValues()}), from {@code raw_data} (little-endian) or the typed
 * fields. The bytes of a larger tensor are skipped without being held.
 */
final class TensorParser {

    private final CodedInputStream in;
    private final WireFields wire;
    private final OnnxLimits limits;
    private String name = "";
    private int dataType;
    private final List<Long> dims = new ArrayList<>();
    private final List<Double> typed = new ArrayList<>();
    private byte[] raw;
    private boolean tooLarge;

    TensorParser(CodedInputStream in, WireFields wire, OnnxLimits limits) {
        this.in = in;
        this.wire = wire;
        this.limits = limits;
    }

    OnnxTensor tensor() throws IOException, OnnxFormatException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> {
                    wire.longs(tag, dims);
                    if (dims.size() > limits.maxDims()) {
                        throw new OnnxFormatException("not a readable ONNX model: a tensor has more than " + limits.maxDims() + " dimensions");
                    }
                }
                case 2 -> dataType = (int) wire.varint(tag, "TensorProto.data_type");
                case 4 -> typedValues(tag, true);
                case 5, 7 -> typedValues(tag, false);
                case 8 -> name = wire.string(tag, "TensorProto.name");
                case 9 -> rawData(tag);
                case 10 -> doubles(tag);
                default -> in.skipField(tag);
            }
        }
        long[] d = dims.stream().mapToLong(Long::longValue).toArray();
        for (long x : d) {
            if (x < 0) {
                throw new OnnxFormatException("not a readable ONNX model: tensor '" + name + "' has a negative dimension");
            }
        }
        return new OnnxTensor(name, dataType, d, values());
    }

    private void rawData(int tag) throws IOException, OnnxFormatException {
        if (WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            throw new OnnxFormatException("not an ONNX model: TensorProto.raw_data is not length-delimited");
        }
        int length = in.readRawVarint32();
        if (length < 0) {
            throw new OnnxFormatException("not a readable ONNX model: tensor '" + name + "' has a negative length");
        }
        if (length > limits.maxConstantValues() * 8) {
            in.skipRawBytes(length);
            tooLarge = true;
        } else {
            raw = in.readRawBytes(length);
        }
    }

    /** float_data (fixed 32-bit), int32_data or int64_data (varints), packed or not; values past the limit are skipped. */
    private void typedValues(int tag, boolean floats) throws IOException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int old = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                keep(floats ? in.readFloat() : in.readRawVarint64());
            }
            in.popLimit(old);
        } else {
            keep(floats ? in.readFloat() : in.readRawVarint64());
        }
    }

    /** double_data, packed or not. */
    private void doubles(int tag) throws IOException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int old = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                keep(in.readDouble());
            }
            in.popLimit(old);
        } else {
            keep(in.readDouble());
        }
    }

    private void keep(double v) {
        if (typed.size() < limits.maxConstantValues()) {
            typed.add(v);
        } else {
            tooLarge = true;
        }
    }

    private double[] values() {
        if (tooLarge) {
            return null;
        }
        if (raw != null) {
            ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            return switch (dataType) {
                case OnnxTensor.FLOAT -> fill(raw.length / 4, () -> b.getFloat());
                case OnnxTensor.DOUBLE -> fill(raw.length / 8, b::getDouble);
                case OnnxTensor.INT64 -> fill(raw.length / 8, () -> b.getLong());
                case OnnxTensor.INT32 -> fill(raw.length / 4, () -> b.getInt());
                default -> null;
            };
        }
        return typed.isEmpty() ? null : typed.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] fill(int n, java.util.function.DoubleSupplier next) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = next.getAsDouble();
        }
        return v;
    }
}
