package nnwb.core.bridge.imports;

import java.util.List;

/**
 * One {@code .nnet} line an import wrote: its layer name, its kind keyword, and the ONNX nodes it stands for
 * (several where a pattern was fused: MatMul + Add as {@code fc}, Sigmoid + Mul as {@code silu}).
 */
public record ImportedLayer(String name, String kind, List<String> onnxNodes, List<String> onnxOps) {

    public ImportedLayer {
        onnxNodes = List.copyOf(onnxNodes);
        onnxOps = List.copyOf(onnxOps);
    }
}
