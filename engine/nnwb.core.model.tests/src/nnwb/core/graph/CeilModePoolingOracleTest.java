package nnwb.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.conv.ConvArithmetic;

/**
 * Pooling with {@code ceil_mode} against PyTorch (issue 23): {@code ceil-mode-pool.csv} beside this class is the output
 * size of {@code torch.nn.functional.max_pool2d(ceil_mode=True)} over a grid of input, kernel, stride, padding and
 * dilation, written by {@code ceil_mode_pool.py} (also beside it) and committed as test data, so this test needs no
 * PyTorch. A 0 in the table is PyTorch refusing ("Output size is too small"). The grid includes kernels wider than the
 * padded input, where PyTorch gives a one-wide output. The script also asserts that {@code avg_pool2d(ceil_mode=True)}
 * gives the same sizes on the rows without dilation, so those rows check the analyzer's average pooling too.
 */
class CeilModePoolingOracleTest {

    private record Row(long in, long k, long s, long p, long d, long out) {
        @Override
        public String toString() {
            return "in " + in + " kernel " + k + " stride " + s + " padding " + p + " dilation " + d;
        }
    }

    private static List<Row> table() throws IOException {
        try (InputStream s = CeilModePoolingOracleTest.class.getResourceAsStream("ceil-mode-pool.csv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("in,")) {
                    continue;
                }
                long[] v = java.util.Arrays.stream(line.split(",")).mapToLong(Long::parseLong).toArray();
                rows.add(new Row(v[0], v[1], v[2], v[3], v[4], v[5]));
            }
            return rows;
        }
    }

    @Test
    void theTableCoversKernelsWiderThanThePaddedInput() throws IOException {
        List<Row> rows = table();
        assertTrue(rows.size() > 1000, "rows: " + rows.size());
        long wider = rows.stream().filter(r -> ConvArithmetic.effectiveKernel(r.k, r.d) > r.in + 2 * r.p && r.out == 1).count();
        assertTrue(wider > 50, "rows with a kernel wider than the padded input and one output: " + wider);
    }

    @Test
    void theArithmeticMatchesPyTorchOnEveryRow() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Row r : table()) {
            long ours = ConvArithmetic.poolOutputCeil(r.in, r.k, r.s, r.p, r.p, r.d);
            if (r.out > 0 ? ours != r.out : ours > 0) {
                failures.add(r + ": PyTorch " + (r.out > 0 ? r.out : "refuses") + ", ours " + ours);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " rows differ:\n" + String.join("\n", failures));
    }

    @Test
    void theAnalyzerGivesPyTorchsShapeOrRefusesWherePyTorchDoes() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Row r : table()) {
            analyze(r, "maxpool " + r.k + " stride=" + r.s + " padding=" + r.p + " dilation=" + r.d, failures);
            if (r.d == 1) {
                // the script asserts that avg_pool2d(ceil_mode=True) gives the same sizes on these rows
                analyze(r, "avgpool " + r.k + " stride=" + r.s + " padding=" + r.p, failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " rows differ:\n" + String.join("\n", failures));
    }

    private static void analyze(Row r, String layer, List<String> failures) {
        String text = "input " + r.in + "x" + r.in + "x1\npool: " + layer + " ceil_mode=true\n";
        AnalysisReport a = Analyzer.analyze(text, AnalysisOptions.defaults());
        if (r.out == 0) {
            if (!a.hasErrors()) {
                failures.add(layer + ", " + r + ": PyTorch refuses, the analyzer gives " + a.row("pool").outputShape());
            }
            return;
        }
        if (a.hasErrors()) {
            failures.add(layer + ", " + r + ": PyTorch gives " + r.out + ", the analyzer refuses: " + a.findings());
            return;
        }
        Shape shape = a.row("pool").outputShape();
        if (shape.spatial().get(0).longValue() != r.out || shape.spatial().get(1).longValue() != r.out) {
            failures.add(layer + ", " + r + ": PyTorch " + r.out + ", analyzer " + shape);
        }
    }

    @Test
    void aKernelWiderThanThePaddedInputGivesOneOutputAsInPyTorchsDocumentedRule() {
        // by hand: in 2, kernel 3, stride 2, no padding: ceil((2 - 3)/2) + 1 = 0 + 1 = 1; the window starts at 0 < 2
        assertEquals(1, ConvArithmetic.poolOutputCeil(2, 3, 2, 0, 0, 1));
        AnalysisReport a = Analyzer.analyze("input 2x2x1\npool: maxpool 3 stride=2 ceil_mode=true\n", AnalysisOptions.defaults());
        assertFalse(a.hasErrors(), () -> a.findings().toString());
        assertEquals(1, a.row("pool").outputShape().spatial().get(0).longValue());
        // without ceil_mode the same layer is refused: floor((2 - 3)/2) + 1 = 0
        assertTrue(Analyzer.analyze("input 2x2x1\npool: maxpool 3 stride=2\n", AnalysisOptions.defaults()).hasErrors());
    }
}
