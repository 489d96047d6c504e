package nnwb.core.bridge.onnx;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code ValueInfoProto}: name, and of its {@code TypeProto} the tensor's element type and shape. */
final class ValueInfoParser {

    private final CodedInputStream in;
    private final WireFields wire;
    private String name = "";
    private int elemType;
    private List<OnnxValueInfo.Dim> dims;

    ValueInfoParser(CodedInputStream in, WireFields wire) {
        this.in = in;
        this.wire = wire;
    }

    OnnxValueInfo valueInfo() throws IOException, OnnxFormatException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> name = wire.string(tag, "ValueInfoProto.name");
                case 2 -> wire.message(tag, "ValueInfoProto.type", this::type);
                default -> in.skipField(tag);
            }
        }
        return new OnnxValueInfo(name, elemType, dims);
    }

    private Void type() throws IOException, OnnxFormatException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                wire.message(tag, "TypeProto.tensor_type", this::tensorType);
            } else {
                in.skipField(tag);
            }
        }
        return null;
    }

    private Void tensorType() throws IOException, OnnxFormatException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> elemType = (int) wire.varint(tag, "TypeProto.Tensor.elem_type");
                case 2 -> {
                    dims = new ArrayList<>();
                    wire.message(tag, "TypeProto.Tensor.shape", this::shape);
                }
                default -> in.skipField(tag);
            }
        }
        return null;
    }

    private Void shape() throws IOException, OnnxFormatException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                if (dims.size() >= 16) {
                    throw new OnnxFormatException("not a readable ONNX model: value '" + name + "' has more than 16 dimensions");
                }
                dims.add(wire.message(tag, "TensorShapeProto.dim", this::dim));
            } else {
                in.skipField(tag);
            }
        }
        return null;
    }

    private OnnxValueInfo.Dim dim() throws IOException, OnnxFormatException {
        Long value = null;
        String param = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> value = wire.varint(tag, "Dimension.dim_value");
                case 2 -> param = wire.string(tag, "Dimension.dim_param");
                default -> in.skipField(tag);
            }
        }
        return new OnnxValueInfo.Dim(value == null ? 0 : value, param, value != null || param != null);
    }
}
