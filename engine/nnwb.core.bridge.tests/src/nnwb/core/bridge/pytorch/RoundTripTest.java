package nnwb.core.bridge.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.analysis.LayerRow;
import nnwb.core.bridge.Fixtures;
import nnwb.core.bridge.imports.OnnxImport;
import nnwb.core.bridge.onnx.OnnxLimits;
import nnwb.core.bridge.onnx.OnnxReader;
import nnwb.core.graph.Shape;
import nnwb.core.templates.Templates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export round trip against PyTorch, from fixtures recorded by {@code releng/oracle/export_roundtrip.py}: the
 * Python written for every template builds in PyTorch with the engine's parameter count and output shape; exported
 * again to ONNX by PyTorch and imported, it analyses to the same parameters, multiply-accumulates, output shape and
 * per-layer shapes as the template.
 */
class RoundTripTest {

    /** One template as PyTorch ran it. */
    record Row(String template, long params, String output) {
        @Override
        public String toString() {
            return template;
        }
    }

    static Stream<Row> rows() throws IOException {
        String text = new String(Fixtures.bytes("export-oracle.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        return records.stream().map(c -> new Row(c.get("template"), Long.parseLong(c.get("params")), c.get("output")));
    }

    private static String templateNamed(String file) {
        return Templates.names().stream().filter(t -> t.replace('-', '_').equals(file)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theExportedModuleHasTheTemplatesParametersAndOutputInPyTorch(Row row) {
        AnalysisReport a = Analyzer.analyze(Templates.text(templateNamed(row.template())), AnalysisOptions.defaults());
        assertEquals(row.params(), a.totals().params().longValue());
        assertEquals(row.output(), text(a.graph().output().outputShape()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exportThenImportGivesTheSameAnalysis(Row row) throws Exception {
        String fixture = "roundtrip/" + row.template() + ".onnx";
        if (Fixtures.class.getResource("fixtures/" + fixture) == null) {
            return;  // the largest templates are run by the oracle but not kept as ONNX files
        }
        AnalysisReport template = Analyzer.analyze(Templates.text(templateNamed(row.template())), AnalysisOptions.defaults());
        String nnet = OnnxImport.convert(OnnxReader.read(Fixtures.bytes(fixture), OnnxLimits.DEFAULT), row.template(), fixture).nnet();
        AnalysisReport back = Analyzer.analyze(nnet, AnalysisOptions.defaults());
        assertFalse(back.hasErrors(), () -> back.firstError() + "\n" + nnet);
        assertEquals(template.totals().params(), back.totals().params(), "parameters");
        assertEquals(template.totals().buffers(), back.totals().buffers(), "buffers");
        assertEquals(template.totals().macs(), back.totals().macs(), "multiply-accumulates");
        assertEquals(text(template.graph().output().outputShape()), text(back.graph().output().outputShape()));
        int compared = 0;
        for (LayerRow r : template.rows()) {
            LayerRow b = back.row(r.name());
            if (b != null) {
                assertEquals(text(r.outputShape()), text(b.outputShape()), r.name());
                assertEquals(r.params(), b.params(), r.name());
                compared++;
            }
        }
        assertTrue(compared * 10 >= (template.rows().size() - 1) * 6, "only " + compared + " of " + template.rows().size() + " layers found by name");
    }

    private static String text(Shape s) {
        StringBuilder b = new StringBuilder(Long.toString(s.channels().longValue()));
        s.spatial().forEach(p -> b.append('x').append(p.longValue()));
        return b.toString();
    }
}
