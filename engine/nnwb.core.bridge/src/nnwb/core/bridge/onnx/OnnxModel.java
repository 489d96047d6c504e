package nnwb.core.bridge.onnx;

/**
 * What an import needs of an ONNX {@code ModelProto}: its IR version, the opset of the default
 * domain ({@code ""} or {@code ai.onnx}; 0 when the file names none), the producer and the graph.
 */
public record OnnxModel(long irVersion, long opset, String producer, OnnxGraph graph) {
}
