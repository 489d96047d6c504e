package nnwb.core.bridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.analysis.LayerRow;
import nnwb.core.bridge.Fixtures;
import nnwb.core.bridge.TorchvisionRows;
import nnwb.core.bridge.onnx.OnnxLimits;
import nnwb.core.bridge.onnx.OnnxReader;
import nnwb.core.graph.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network PyTorch exported (torchvision's classifiers and the small operator networks; the fixtures are
 * recorded by {@code releng/oracle/onnx_fixtures.py}) imports, analyses without errors, and has PyTorch's parameter
 * count, PyTorch's output shape, and PyTorch's output shape at every module the forward pass calls once (layers
 * are named by module path, with characters {@code .nnet} names do not allow, as in RegNet's {@code block1-0}, made
 * {@code _}).
 */
class TorchvisionImportTest {

    static Stream<TorchvisionRows.Model> expressible() {
        return TorchvisionRows.models().stream().filter(m -> !m.name().equals("channel_shuffle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressible")
    void importedNetworkHasPyTorchsParametersAndShapes(TorchvisionRows.Model m) throws Exception {
        ImportResult r = OnnxImport.convert(OnnxReader.read(Fixtures.bytes(m.name() + ".onnx"), OnnxLimits.DEFAULT), m.name(),
                m.name() + ".onnx");
        AnalysisReport a = Analyzer.analyze(r.nnet(), AnalysisOptions.defaults());
        assertFalse(a.hasErrors(), () -> m.name() + ": " + a.firstError() + "\n" + r.nnet());
        assertEquals(m.params(), a.totals().params().longValue(), m.name() + " parameters");
        assertEquals(m.output(), text(a.graph().output().outputShape()), m.name() + " output shape");
        assertEquals(m.opset(), r.opset());
        assertEquals("batch", r.batchDimension());
        Map<String, String> torch = TorchvisionRows.shapes(m.name());
        List<String> compared = new ArrayList<>();
        for (Map.Entry<String, String> e : torch.entrySet()) {
            LayerRow row = a.row(LayerNames.sanitize(e.getKey()));
            if (row != null) {
                assertEquals(e.getValue(), text(row.outputShape()), m.name() + " " + e.getKey());
                compared.add(e.getKey());
            }
        }
        assertTrue(compared.size() * 10 >= torch.size() * 6,
                () -> m.name() + ": only " + compared.size() + " of " + torch.size() + " PyTorch modules found by name");
    }

    /** {@code 64x112x112}, or {@code 1000} for a vector: how the fixtures write a per-example shape. */
    static String text(Shape s) {
        StringBuilder b = new StringBuilder(Long.toString(s.channels().longValue()));
        s.spatial().forEach(p -> b.append('x').append(p.longValue()));
        return b.toString();
    }
}
