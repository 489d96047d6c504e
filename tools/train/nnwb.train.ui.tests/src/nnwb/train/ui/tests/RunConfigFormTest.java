package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.train.ui.internal.RunConfigForm;
import nnwb.train.ui.internal.SweepDialog;

/** The dialogs' fields, read without a display: a configuration or the first problem as a sentence. */
class RunConfigFormTest {

    @Test
    void fieldsRoundTripAndBadFieldsSayWhy() {
        RunConfig c = RunConfig.of("r", "edge-cnn", "edges:per-class=5").withSymbols(Map.of("classes", 3L));
        Map<String, String> f = RunConfigForm.fields(c);
        assertEquals(c, RunConfigForm.read(f, c).config());
        f.put(RunConfigForm.BATCH, "many");
        assertEquals("The batch size must be a whole number, got 'many'.", RunConfigForm.read(f, c).problem());
        f.put(RunConfigForm.BATCH, "8");
        f.put(RunConfigForm.DATA, "edges:per-class=-1");
        assertTrue(RunConfigForm.read(f, c).problem().startsWith("Dataset: edges: per-class must be"));
        f.put(RunConfigForm.DATA, "edges");
        f.put(RunConfigForm.SYMBOLS, "classes=x");
        assertEquals("Symbols: classes needs a whole number.", RunConfigForm.read(f, c).problem());
        f.put(RunConfigForm.SYMBOLS, "");
        f.put(RunConfigForm.MODEL_KIND, "text");
        assertEquals("The model text is empty.", RunConfigForm.read(f, c).problem());
    }

    @Test
    void sweepGridFields() {
        Object g = SweepDialog.read("4, 16,64", List.of(Optimizer.SGD), "1,2", "512m");
        assertTrue(g instanceof SweepDialog.Grid);
        SweepDialog.Grid grid = (SweepDialog.Grid) g;
        assertEquals(List.of(4, 16, 64), grid.batches());
        assertEquals(512L << 20, grid.budget());
        assertEquals("Batch sizes: 1..65536 separated by commas, got '0'.", SweepDialog.read("0", List.of(Optimizer.SGD), "1", ""));
        assertEquals("Tick at least one optimizer.", SweepDialog.read("4", List.of(), "1", ""));
        assertTrue(((String) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "lots")).startsWith("Memory budget:"));
        assertNull(((SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.ADAM), "3", " ")).budget());
    }

    @Test
    void sweepOnASparkClusterOrExportedForOne() {
        SweepDialog.Grid g = (SweepDialog.Grid) SweepDialog.read("4,16", List.of(Optimizer.SGD), "1", "", " spark://gw:7077 ", null);
        assertEquals("spark://gw:7077", g.spark());
        assertNull(g.export());
        assertEquals("local[2]", ((SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", "local[2]", null)).spark());
        SweepDialog.Grid e = (SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", "yarn", "/tmp/out");
        assertEquals("/tmp/out", e.export());
        assertNull(((SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "")).spark(), "here by default");
        assertEquals("Spark master: local[N], spark://HOST:PORT, yarn or k8s://URL, got 'http://gw'.",
                SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", "http://gw", null));
        assertEquals("An export is for a Spark cluster: tick On a Spark cluster and give its master URL.",
                SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", null, "/tmp/out"));
        assertEquals("Export: give the folder to write the submission into.",
                SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", "yarn", " "));
    }
}
