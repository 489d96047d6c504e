package nnwb.core.bridge.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnwb.core.bridge.onnx.OnnxGraph;
import nnwb.core.bridge.onnx.OnnxModel;
import nnwb.core.bridge.onnx.OnnxNode;
import nnwb.core.bridge.onnx.OnnxValueInfo;

/**
 * From an ONNX model to a {@code .nnet} description. The network input is the first graph input that is not an
 * initializer (further ones are weights, as {@code export_params=False} writes them); its first dimension is the
 * batch, which becomes the batch symbol {@code n}. Data nodes (those computing from the input) are mapped in the
 * file's order by {@link OpMapper} after {@link Patterns} fused what PyTorch writes as several nodes; nodes
 * computing shapes or constants make no line. The result analyses with the model engine like any {@code .nnet}.
 */
public final class OnnxImport {

    private OnnxImport() {
    }

    /** Converts {@code model}; {@code network} names the network, {@code source} says in the header where it came from. */
    public static ImportResult convert(OnnxModel model, String network, String source) throws ImportException {
        String opsetProblem = OpsetRange.problem(model.opset());
        if (opsetProblem != null) {
            throw new ImportException(opsetProblem);
        }
        OnnxGraph g = model.graph();
        OnnxValueInfo input = g.inputs().stream().filter(v -> !g.initializers().containsKey(v.name())).findFirst()
                .orElseThrow(() -> new ImportException("the graph has no input"));
        String inputLine = inputLine(input);
        TensorFacts facts = TensorFacts.of(g, input.name());
        GraphIndex index = new GraphIndex(g);
        Patterns patterns = Patterns.find(g.nodes(), index, facts);
        OpMapper mapper = new OpMapper(facts, index, model.opset());
        List<NnetLayer> layers = new ArrayList<>();
        Set<String> data = new HashSet<>(Set.of(input.name()));
        for (OnnxNode n : g.nodes()) {
            if (n.inputs().stream().noneMatch(data::contains) || n.opType().equals("Shape") || n.opType().equals("Size")) {
                continue;
            }
            data.addAll(n.outputs());
            if (patterns.absorbed(n)) {
                continue;
            }
            Fusion f = patterns.endingAt(n);
            if (f != null) {
                layers.add(new NnetLayer(f.kind(), f.args(), List.of(mapper.resolve(f.input())), n.output0(), f.absorbed()));
            } else {
                layers.addAll(mapper.map(n));
            }
        }
        checkOutput(g, mapper, layers);
        LayerNames.assign(layers);
        String batch = input.dims().get(0).toString();
        List<String> header = List.of(
                "imported from " + source + " by nnwb import (ONNX opset " + model.opset()
                        + (model.producer().isEmpty() ? "" : ", made by " + model.producer()) + ")",
                "the batch dimension '" + batch + "' of ONNX input '" + input.name() + "' is the batch size n (nnwb analyze --batch N)");
        String text = NnetText.write(network, header, inputLine, input.name(), layers);
        List<ImportedLayer> described = layers.stream()
                .map(l -> new ImportedLayer(l.name, l.kind, l.nodes.stream().map(OnnxNode::name).toList(),
                        l.nodes.stream().map(OnnxNode::opType).toList()))
                .toList();
        return new ImportResult(text, described, input.name(), batch, model.opset(), model.producer());
    }

    private static void checkOutput(OnnxGraph g, OpMapper mapper, List<NnetLayer> layers) throws ImportException {
        if (g.outputs().size() != 1) {
            throw new ImportException("the graph has " + g.outputs().size() + " outputs; a .nnet network has one");
        }
        if (layers.isEmpty()) {
            throw new ImportException("the graph has no layer that computes from its input");
        }
        String out = mapper.resolve(g.outputs().get(0).name());
        if (!layers.get(layers.size() - 1).output.equals(out)) {
            throw new ImportException("the graph's output '" + g.outputs().get(0).name() + "' is not made by its last layer");
        }
    }

    /** {@code input channels=C size=HxW}, {@code length=L} for 1D, {@code features=F} for a vector. */
    private static String inputLine(OnnxValueInfo input) throws ImportException {
        List<OnnxValueInfo.Dim> dims = input.dims();
        if (dims == null || dims.size() < 2 || dims.size() > 4) {
            throw new ImportException("input '" + input.name() + "' has shape " + dims
                    + "; the import reads (batch, features), (batch, channels, length) or (batch, channels, height, width)");
        }
        long[] d = new long[dims.size() - 1];
        for (int i = 1; i < dims.size(); i++) {
            OnnxValueInfo.Dim x = dims.get(i);
            if (!x.known() || x.param() != null) {
                throw new ImportException("input '" + input.name() + "' has the non-numeric size '" + x + "' on axis " + i
                        + "; export with fixed sizes except the batch (dynamic_axes on axis 0 only)");
            }
            d[i - 1] = x.value();
        }
        return switch (d.length) {
            case 1 -> "input features=" + d[0];
            case 2 -> "input channels=" + d[0] + " length=" + d[1];
            default -> "input channels=" + d[0] + " size=" + OpMapper.axes(new long[] {d[1], d[2]});
        };
    }
}
