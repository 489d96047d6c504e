package nnwb.core.bridge.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an ONNX model file: the protobuf wire format parsed with protobuf-java's {@link CodedInputStream}
 * against the field numbers of ONNX's published {@code onnx.proto} (no generated classes: only the
 * messages and fields an import needs are read, every other field is skipped). The file size is checked
 * before parsing; weights are skipped, never held; counts and string lengths are bounded by
 * {@link OnnxLimits}. Any problem is one {@link OnnxFormatException} line.
 */
public final class OnnxReader {

    private OnnxReader() {
    }

    /** Reads {@code file} within {@code limits}. */
    public static OnnxModel read(Path file, OnnxLimits limits) throws OnnxFormatException, IOException {
        long size = Files.size(file);
        checkSize(size, limits);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limits);
        }
    }

    /** Reads a model held in memory within {@code limits}. */
    public static OnnxModel read(byte[] bytes, OnnxLimits limits) throws OnnxFormatException {
        checkSize(bytes.length, limits);
        try {
            return read(new ByteArrayInputStream(bytes), limits);
        } catch (IOException e) {
            throw new OnnxFormatException("cannot read the model: " + e.getMessage());
        }
    }

    private static void checkSize(long size, OnnxLimits limits) throws OnnxFormatException {
        if (size == 0) {
            throw new OnnxFormatException("not an ONNX model: the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new OnnxFormatException("the file has " + size + " bytes, more than the " + limits.maxFileBytes()
                    + " an import reads; the import needs no weights: export with torch.onnx.export(..., export_params=False)");
        }
    }

    private static OnnxModel read(InputStream stream, OnnxLimits limits) throws OnnxFormatException, IOException {
        CodedInputStream in = CodedInputStream.newInstance(stream);
        in.setSizeLimit(Integer.MAX_VALUE);
        try {
            return new ModelParser(in, limits).model();
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException("not a readable ONNX model (truncated or not protobuf): " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        int cut = t.indexOf(". ");
        return cut > 0 ? t.substring(0, cut) : t;
    }

    /** The parse of one file: the wire-format helpers and one method per message. */
    private static final class ModelParser {

        private final CodedInputStream in;
        private final WireFields wire;
        private final OnnxLimits limits;
        private int nodes;
        private int tensors;

        ModelParser(CodedInputStream in, OnnxLimits limits) {
            this.in = in;
            this.limits = limits;
            this.wire = new WireFields(in, limits);
        }

        OnnxModel model() throws IOException, OnnxFormatException {
            long ir = 0;
            long opset = 0;
            boolean sawOpset = false;
            String producer = "";
            OnnxGraph graph = null;
            while (true) {
                int tag = in.readTag();
                if (tag == 0) {
                    break;
                }
                switch (tag >>> 3) {
                    case 1 -> ir = wire.varint(tag, "ModelProto.ir_version");
                    case 2 -> producer = wire.string(tag, "ModelProto.producer_name");
                    case 7 -> graph = wire.message(tag, "ModelProto.graph", () -> graph());
                    case 8 -> {
                        long[] set = wire.message(tag, "ModelProto.opset_import", this::opsetImport);
                        if (set != null) {
                            opset = set[0];
                            sawOpset = true;
                        }
                    }
                    default -> in.skipField(tag);
                }
            }
            if (ir <= 0 || graph == null) {
                throw new OnnxFormatException("not an ONNX model: " + (ir <= 0 ? "no IR version" : "no graph"));
            }
            if (!sawOpset && ir >= 3) {
                throw new OnnxFormatException("not a complete ONNX model: no opset of the default domain (truncated?)");
            }
            return new OnnxModel(ir, sawOpset ? opset : 1, producer, graph);
        }

        /** {@code OperatorSetIdProto}: {version} for the default domain, null for another domain. */
        private long[] opsetImport() throws IOException, OnnxFormatException {
            String domain = "";
            long version = 0;
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag >>> 3) {
                    case 1 -> domain = wire.string(tag, "OperatorSetIdProto.domain");
                    case 2 -> version = wire.varint(tag, "OperatorSetIdProto.version");
                    default -> in.skipField(tag);
                }
            }
            return domain.isEmpty() || domain.equals("ai.onnx") ? new long[] {version} : null;
        }

        private OnnxGraph graph() throws IOException, OnnxFormatException {
            GraphBuilder g = new GraphBuilder();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag >>> 3) {
                    case 1 -> {
                        if (++nodes > limits.maxNodes()) {
                            throw new OnnxFormatException("the graph has more than " + limits.maxNodes() + " nodes");
                        }
                        g.nodes.add(wire.message(tag, "GraphProto.node", this::node));
                    }
                    case 2 -> g.name = wire.string(tag, "GraphProto.name");
                    case 5 -> {
                        OnnxTensor t = wire.message(tag, "GraphProto.initializer", this::tensor);
                        countTensor();
                        g.initializers.put(t.name(), t);
                    }
                    case 11 -> g.inputs.add(valueInfo(tag, "GraphProto.input"));
                    case 12 -> g.outputs.add(valueInfo(tag, "GraphProto.output"));
                    case 13 -> {
                        OnnxValueInfo v = valueInfo(tag, "GraphProto.value_info");
                        g.valueInfo.put(v.name(), v);
                    }
                    default -> in.skipField(tag);
                }
            }
            return g.build();
        }

        private void countTensor() throws OnnxFormatException {
            if (++tensors > limits.maxTensors()) {
                throw new OnnxFormatException("the graph has more than " + limits.maxTensors() + " tensors");
            }
        }

        private OnnxValueInfo valueInfo(int tag, String field) throws IOException, OnnxFormatException {
            countTensor();
            return wire.message(tag, field, () -> new ValueInfoParser(in, wire).valueInfo());
        }

        private OnnxNode node() throws IOException, OnnxFormatException {
            NodeBuilder n = new NodeBuilder();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag >>> 3) {
                    case 1 -> n.inputs.add(wire.string(tag, "NodeProto.input"));
                    case 2 -> n.outputs.add(wire.string(tag, "NodeProto.output"));
                    case 3 -> n.name = wire.string(tag, "NodeProto.name");
                    case 4 -> n.opType = wire.string(tag, "NodeProto.op_type");
                    case 5 -> {
                        OnnxAttribute a = wire.message(tag, "NodeProto.attribute", this::attribute);
                        if (n.attributes.size() >= limits.maxAttributes()) {
                            throw new OnnxFormatException("a node has more than " + limits.maxAttributes() + " attributes");
                        }
                        n.attributes.put(a.name(), a);
                    }
                    case 7 -> n.domain = wire.string(tag, "NodeProto.domain");
                    default -> in.skipField(tag);
                }
                if (n.inputs.size() + n.outputs.size() > limits.maxListValues()) {
                    throw new OnnxFormatException("a node has more than " + limits.maxListValues() + " inputs and outputs");
                }
            }
            return n.build();
        }

        private OnnxAttribute attribute() throws IOException, OnnxFormatException {
            AttributeBuilder a = new AttributeBuilder();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag >>> 3) {
                    case 1 -> a.name = wire.string(tag, "AttributeProto.name");
                    case 2 -> a.f = wire.float32(tag, "AttributeProto.f");
                    case 3 -> a.i = wire.varint(tag, "AttributeProto.i");
                    case 4 -> a.s = wire.string(tag, "AttributeProto.s");
                    case 5 -> a.t = wire.message(tag, "AttributeProto.t", this::tensor);
                    case 7 -> wire.floats(tag, a.floats);
                    case 8 -> wire.longs(tag, a.ints);
                    case 20 -> a.type = (int) wire.varint(tag, "AttributeProto.type");
                    default -> in.skipField(tag);
                }
            }
            return a.build();
        }

        private OnnxTensor tensor() throws IOException, OnnxFormatException {
            return new TensorParser(in, wire, limits).tensor();
        }
    }

    /** Collects a graph's parts while they are read. */
    private static final class GraphBuilder {
        String name = "";
        final java.util.List<OnnxNode> nodes = new java.util.ArrayList<>();
        final java.util.List<OnnxValueInfo> inputs = new java.util.ArrayList<>();
        final java.util.List<OnnxValueInfo> outputs = new java.util.ArrayList<>();
        final java.util.Map<String, OnnxValueInfo> valueInfo = new java.util.HashMap<>();
        final java.util.Map<String, OnnxTensor> initializers = new java.util.LinkedHashMap<>();

        OnnxGraph build() {
            return new OnnxGraph(name, nodes, inputs, outputs, valueInfo, initializers);
        }
    }

    /** Collects a node's parts while they are read. */
    private static final class NodeBuilder {
        String name = "";
        String opType = "";
        String domain = "";
        final java.util.List<String> inputs = new java.util.ArrayList<>();
        final java.util.List<String> outputs = new java.util.ArrayList<>();
        final java.util.Map<String, OnnxAttribute> attributes = new java.util.HashMap<>();

        OnnxNode build() {
            return new OnnxNode(name, opType, domain, inputs, outputs, attributes);
        }
    }

    /** Collects an attribute's parts while they are read. */
    private static final class AttributeBuilder {
        String name = "";
        int type;
        float f;
        long i;
        String s = "";
        OnnxTensor t;
        final java.util.List<Float> floats = new java.util.ArrayList<>();
        final java.util.List<Long> ints = new java.util.ArrayList<>();

        OnnxAttribute build() {
            return new OnnxAttribute(name, type, f, i, s, floats, ints, t);
        }
    }
}
