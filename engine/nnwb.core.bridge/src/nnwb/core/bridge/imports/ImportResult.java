package nnwb.core.bridge.imports;

import java.util.List;

/**
 * What an import made: the {@code .nnet} text, one entry per layer line, the ONNX input the network input came
 * from and its batch dimension as the file names it (a symbol such as {@code batch}, or a number), which becomes
 * the batch symbol {@code n}; the model's opset and producer.
 */
public record ImportResult(String nnet, List<ImportedLayer> layers, String input, String batchDimension, long opset,
        String producer) {

    public ImportResult {
        layers = List.copyOf(layers);
    }
}
