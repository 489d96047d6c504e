package nnwb.core.bridge.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one field's value from the wire, checking that the file uses the wire type {@code onnx.proto}
 * gives the field (another type means the bytes are not an ONNX model) and bounding lengths and list sizes.
 */
final class WireFields {

    /** Parses one embedded message from the stream positioned at its first field. */
    @FunctionalInterface
    interface MessageParser<T> {
        T parse() throws IOException, OnnxFormatException;
    }

    private final CodedInputStream in;
    private final OnnxLimits limits;

    WireFields(CodedInputStream in, OnnxLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    long varint(int tag, String field) throws IOException, OnnxFormatException {
        expect(tag, WireFormat.WIRETYPE_VARINT, field);
        return in.readRawVarint64();
    }

    float float32(int tag, String field) throws IOException, OnnxFormatException {
        expect(tag, WireFormat.WIRETYPE_FIXED32, field);
        return in.readFloat();
    }

    String string(int tag, String field) throws IOException, OnnxFormatException {
        return new String(bytes(tag, field, limits.maxStringBytes()), StandardCharsets.UTF_8);
    }

    /** A length-delimited value of at most {@code max} bytes. */
    byte[] bytes(int tag, String field, int max) throws IOException, OnnxFormatException {
        expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
        int length = in.readRawVarint32();
        if (length < 0 || length > max) {
            throw new OnnxFormatException("not a readable ONNX model: " + field + " has " + length + " bytes, the limit is " + max);
        }
        return in.readRawBytes(length);
    }

    /** An embedded message, parsed within its length. */
    <T> T message(int tag, String field, MessageParser<T> parser) throws IOException, OnnxFormatException {
        expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
        int length = in.readRawVarint32();
        int old = in.pushLimit(length);
        T value = parser.parse();
        if (!in.isAtEnd()) {
            throw new OnnxFormatException("not a readable ONNX model: " + field + " ends early");
        }
        in.popLimit(old);
        return value;
    }

    /** A repeated int64 field, packed or not, appended to {@code into}. */
    void longs(int tag, List<Long> into) throws IOException, OnnxFormatException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int old = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                add(into, in.readRawVarint64());
            }
            in.popLimit(old);
        } else {
            add(into, varint(tag, "a repeated int64"));
        }
    }

    /** A repeated float field, packed or not, appended to {@code into}. */
    void floats(int tag, List<Float> into) throws IOException, OnnxFormatException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int old = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                add(into, in.readFloat());
            }
            in.popLimit(old);
        } else {
            add(into, float32(tag, "a repeated float"));
        }
    }

    private <T> void add(List<T> into, T value) throws OnnxFormatException {
        if (into.size() >= limits.maxListValues()) {
            throw new OnnxFormatException("a list in the model has more than " + limits.maxListValues() + " values");
        }
        into.add(value);
    }

    private static void expect(int tag, int wireType, String field) throws OnnxFormatException {
        if (WireFormat.getTagWireType(tag) != wireType) {
            throw new OnnxFormatException("not an ONNX model: " + field + " has wire type " + WireFormat.getTagWireType(tag)
                    + " where onnx.proto has " + wireType);
        }
    }
}
