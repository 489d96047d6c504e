package nnwb.core.bridge.onnx;

import java.util.List;

/**
 * A named tensor type: its element type and dimensions, each a number ({@link Dim#value()}) or a symbol
 * ({@link Dim#param()}, e.g. {@code batch}); an unknown dimension has neither. {@code dims} is null when
 * the file gives no shape.
 */
public record OnnxValueInfo(String name, int elemType, List<Dim> dims) {

    public OnnxValueInfo {
        dims = dims == null ? null : List.copyOf(dims);
    }

    /** One dimension: {@code value} when {@code param} is null and {@code known}. */
    public record Dim(long value, String param, boolean known) {

        /** A numeric dimension. */
        public static Dim of(long value) {
            return new Dim(value, null, true);
        }

        @Override
        public String toString() {
            return param != null ? param : known ? Long.toString(value) : "?";
        }
    }

    /** The dimensions as numbers when all are known numbers, else null. */
    public long[] numericDims() {
        if (dims == null || dims.stream().anyMatch(d -> !d.known() || d.param() != null)) {
            return null;
        }
        return dims.stream().mapToLong(Dim::value).toArray();
    }
}
