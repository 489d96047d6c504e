package nnwb.core.bridge.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes small ONNX models field by field (onnx.proto's numbers), for files no exporter makes: other opsets, no graph. */
final class ModelBytes {

    private ModelBytes() {
    }

    /** A model of IR version 8 with {@code opset} and a graph of one Relu from x (1x4) to y. */
    static byte[] reluModel(long opset) {
        return model(8, opset, graph());
    }

    static byte[] model(long ir, long opset, byte[] graph) {
        return write(out -> {
            out.writeInt64(1, ir);
            out.writeString(2, "test");
            if (graph != null) {
                out.writeBytes(7, ByteString.copyFrom(graph));
            }
            out.writeBytes(8, ByteString.copyFrom(write(o -> {
                o.writeString(1, "");
                o.writeInt64(2, opset);
            })));
        });
    }

    static byte[] graph() {
        return write(out -> {
            out.writeBytes(1, ByteString.copyFrom(write(n -> {
                n.writeString(1, "x");
                n.writeString(2, "y");
                n.writeString(3, "relu");
                n.writeString(4, "Relu");
            })));
            out.writeString(2, "g");
            out.writeBytes(11, ByteString.copyFrom(valueInfo("x")));
            out.writeBytes(12, ByteString.copyFrom(valueInfo("y")));
        });
    }

    private static byte[] valueInfo(String name) {
        return write(v -> {
            v.writeString(1, name);
            v.writeBytes(2, ByteString.copyFrom(write(t -> t.writeBytes(1, ByteString.copyFrom(write(tt -> {
                tt.writeInt32(1, 1);
                tt.writeBytes(2, ByteString.copyFrom(write(s -> {
                    s.writeBytes(1, ByteString.copyFrom(write(d -> d.writeString(2, "batch"))));
                    s.writeBytes(1, ByteString.copyFrom(write(d -> d.writeInt64(1, 4))));
                })));
            }))))));
        });
    }

    /** Writes one message. */
    interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    static byte[] write(Body body) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(b);
            body.write(out);
            out.flush();
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
