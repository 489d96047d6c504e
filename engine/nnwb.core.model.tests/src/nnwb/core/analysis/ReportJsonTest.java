package nnwb.core.analysis;

import nnwb.core.report.ReportJson;
import nnwb.core.report.ReportTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nnwb.core.json.Json;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/** The public JSON keys, numbers when numeric and formula strings when symbolic. */
class ReportJsonTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text, AnalysisOptions o) {
        return (Map<String, Object>) Json.parse(Json.write(ReportJson.of(Analyzer.analyze(text, o))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void numericReportHasTheDocumentedKeys() {
        Map<String, Object> j = json(Templates.text("edge-cnn"), AnalysisOptions.defaults());
        List<Map<String, Object>> layers = (List<Map<String, Object>>) j.get("layers");
        assertEquals(7, layers.size());
        for (String key : List.of("name", "type", "outputShape", "params", "macs", "backwardMults", "receptiveField", "activationBytes")) {
            assertTrue(layers.get(1).containsKey(key), key);
        }
        assertEquals("28 × 28 × 10", layers.get(1).get("outputShape"));
        assertEquals(100L, ((Number) layers.get(1).get("params")).longValue());
        assertEquals(3L, ((Number) layers.get(1).get("receptiveField")).longValue());
        Map<String, Object> rf = (Map<String, Object>) layers.get(1).get("receptiveFieldDetail");
        assertEquals(3L, ((Number) rf.get("size")).longValue());
        assertEquals(1L, ((Number) rf.get("jump")).longValue());
        Map<String, Object> totals = (Map<String, Object>) j.get("totals");
        assertEquals(2483L, ((Number) totals.get("params")).longValue());
        assertInstanceOf(Number.class, totals.get("macs"));
        assertInstanceOf(Number.class, totals.get("backwardMults"));
        Map<String, Object> memory = (Map<String, Object>) j.get("memory");
        assertInstanceOf(Number.class, memory.get("inferenceBytes"));
        Map<String, Object> training = (Map<String, Object>) memory.get("trainingBytes");
        assertEquals(List.of("sgd", "momentum", "adam"), List.copyOf(training.keySet()));
        assertTrue(((Number) training.get("adam")).longValue() > ((Number) training.get("sgd")).longValue());
        assertEquals(List.of(), j.get("findings"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void symbolicReportWritesFormulaStrings() {
        Map<String, Object> j = json(Templates.text("mlp"), AnalysisOptions.symbolicMode());
        Map<String, Object> totals = (Map<String, Object>) j.get("totals");
        assertEquals("n·K²·L", totals.get("macs"));
        assertEquals("K²·L", totals.get("params"));
        assertEquals("2·n·K²·L", totals.get("backwardMults"));
        Map<String, Object> memory = (Map<String, Object>) j.get("memory");
        assertEquals("4·K²·L + 8·n·K", memory.get("inferenceBytes"));
        assertInstanceOf(String.class, ((Map<String, Object>) memory.get("trainingBytes")).get("adam"));
        List<Map<String, Object>> layers = (List<Map<String, Object>>) j.get("layers");
        assertEquals("0", layers.get(0).get("params"));
        assertEquals("L", layers.get(1).get("repeat"));
        assertEquals(Boolean.TRUE, j.get("symbolic"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsCarryLineAndColumn() {
        Map<String, Object> j = json("input 4\nfc 2\nbogus 3\n", AnalysisOptions.defaults());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) j.get("findings");
        assertEquals(1, findings.size());
        assertEquals("error", findings.get(0).get("severity"));
        assertEquals(3L, ((Number) findings.get(0).get("line")).longValue());
        assertEquals(1L, ((Number) findings.get(0).get("column")).longValue());
    }

    @Test
    void tableListsEveryLayerAndTheMemory() {
        String t = ReportTable.of(Analyzer.analyze(Templates.text("edge-cnn"), AnalysisOptions.defaults()));
        assertTrue(t.contains("28 × 28 × 10"), t);
        assertTrue(t.contains("2,483"), t);
        assertTrue(t.contains("train Adam"), t);
        assertTrue(t.lines().anyMatch(l -> l.startsWith("fc1 ")), t);
    }
}
