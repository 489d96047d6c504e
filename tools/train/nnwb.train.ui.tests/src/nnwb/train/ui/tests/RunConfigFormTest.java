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

    @Test
    void eachOptimizerShowsTheNumbersItTrainsWithAndAHiddenFieldNeverBlocks() {
        assertEquals(List.of(), RunConfigForm.usedBy(Optimizer.SGD));
        assertEquals(List.of(RunConfigForm.BETA1, RunConfigForm.BETA2, RunConfigForm.EPSILON), RunConfigForm.usedBy(Optimizer.ADAM));
        assertEquals(List.of(RunConfigForm.MOMENTUM), RunConfigForm.usedBy(Optimizer.NESTEROV));
        assertEquals(List.of(RunConfigForm.BETA2, RunConfigForm.EPSILON), RunConfigForm.usedBy(Optimizer.RMSPROP));
        assertEquals("β₂ (RMSProp's decay)", RunConfigForm.label(RunConfigForm.BETA2, Optimizer.RMSPROP));
        RunConfig c = RunConfig.of("r", "edge-cnn", "edges:per-class=5").withOptimizer(Optimizer.ADAM);
        Map<String, String> f = RunConfigForm.fields(c);
        f.put(RunConfigForm.BETA1, "0.85");
        f.put(RunConfigForm.EPSILON, "1e-6");
        f.put(RunConfigForm.MOMENTUM, "junk");
        RunConfig read = RunConfigForm.read(f, c).config();
        assertEquals(0.85, read.beta1());
        assertEquals(1e-6, read.epsilon());
        assertEquals(c.momentum(), read.momentum(), "Adam does not read the momentum field");
        f.put(RunConfigForm.OPTIMIZER, "momentum");
        assertEquals("The momentum must be a number, got 'junk'.", RunConfigForm.read(f, c).problem());
        f.put(RunConfigForm.OPTIMIZER, "adam");
        f.put(RunConfigForm.BETA1, "x");
        assertEquals("β₁ must be a number, got 'x'.", RunConfigForm.read(f, c).problem());
    }

    @Test
    void sweepEpochsOverrideTheConfigurationsOrKeepItWhenBlank() {
        RunConfig base = RunConfig.of("r", "edge-cnn", "edges").withEpochs(30);
        SweepDialog.Grid g = (SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", null, null, " 5 ");
        assertEquals(5, g.apply(base).epochs());
        SweepDialog.Grid keep = (SweepDialog.Grid) SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", null, null, "");
        assertEquals(30, keep.apply(base).epochs());
        assertEquals("Epochs: a whole number from 1 to 100000, got '0'.",
                SweepDialog.read("4", List.of(Optimizer.SGD), "1", "", null, null, "0"));
    }

    @Test
    void progressReachesTheRunsShareExactlyAtItsLastStep() {
        for (int steps : new int[] {1, 3, 16, 999, 3000}) {
            nnwb.train.ui.internal.StepProgress p = new nnwb.train.ui.internal.StepProgress(steps, 1000);
            int sum = 0;
            for (int k = 1; k <= steps; k++) {
                sum += p.step();
                assertEquals(1000L * k / steps, sum, "step " + k + " of " + steps);
            }
            assertEquals(0, p.step(), "a step past the plan adds nothing");
            assertEquals(1000, p.reported());
        }
        nnwb.train.ui.internal.StepProgress sixteen = new nnwb.train.ui.internal.StepProgress(16, 1000);
        for (int k = 0; k < 12; k++) {
            sixteen.step();
        }
        assertEquals(750, sixteen.reported(), "step 12 of 16 is 75%, not 99%");
    }

    @Test
    void smoothingIsTensorBoardsDebiasedMovingAverage() {
        double[] y = {1, 3, Double.NaN, 5};
        double[] s = nnwb.train.ui.internal.Smoothing.of(y, 0.5);
        assertEquals(1.0, s[0], 1e-12, "debiased: the first point is itself");
        // s1 = 0.5*0.5 + 0.5*3 = 1.75 (raw EMA from 0: 0.5, then 1.75), debiased by 1 - 0.25
        assertEquals(1.75 / 0.75, s[1], 1e-12);
        assertTrue(Double.isNaN(s[2]), "non-finite values pass through");
        assertEquals((0.5 * 1.75 + 0.5 * 5) / (1 - 0.125), s[3], 1e-12);
        assertEquals(List.of(1.0, 3.0), java.util.Arrays.stream(nnwb.train.ui.internal.Smoothing.of(new double[] {1, 3}, 0))
                .boxed().toList());
        try {
            nnwb.train.ui.internal.Smoothing.of(y, 1.0);
            org.junit.jupiter.api.Assertions.fail("a weight of 1 never moves: refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("[0, 1)"));
        }
    }

    @Test
    void theRunsTableSortsNumbersAsNumbersMissingLastAndFiltersByEveryWord() {
        java.time.ZoneId utc = java.time.ZoneId.of("UTC");
        java.util.function.BiFunction<RunConfig, Double, nnwb.train.ui.internal.RunTable.Row> row = (c, acc) ->
                nnwb.train.ui.internal.RunTable.row(new nnwb.train.RunFolder.Record(java.nio.file.Path.of("runs", c.name()), c,
                        List.of(), List.of(), acc == null ? Map.of() : Map.of("final", Map.of("valAccuracy", acc))),
                        java.time.Instant.parse("2026-12-07T10:15:00Z"), utc);
        RunConfig base = RunConfig.of("a", "edge-cnn", "edges");
        List<nnwb.train.ui.internal.RunTable.Row> rows = List.of(
                row.apply(base.withName("a").withOptimizer(Optimizer.ADAM).withLearningRate(0.01), 0.9),
                row.apply(base.withName("b").withOptimizer(Optimizer.SGD).withLearningRate(0.1), null),
                row.apply(base.withName("c").withOptimizer(Optimizer.ADAM).withLearningRate(0.001).withBatch(64), 0.95));
        int lr = nnwb.train.ui.internal.RunTable.COLUMNS.indexOf("lr");
        int acc = nnwb.train.ui.internal.RunTable.COLUMNS.indexOf("val accuracy");
        assertEquals("0.01", rows.get(0).cells().get(lr));
        assertEquals("2026-12-07 10:15", rows.get(0).cells().get(1));
        assertEquals(List.of("c", "a", "b"), names(nnwb.train.ui.internal.RunTable.sort(rows, lr, true)), "0.001 < 0.01 < 0.1");
        assertEquals(List.of("c", "a", "b"), names(nnwb.train.ui.internal.RunTable.sort(rows, acc, false)), "no accuracy last");
        assertEquals(List.of("a", "c", "b"), names(nnwb.train.ui.internal.RunTable.sort(rows, acc, true)), "no accuracy last");
        assertEquals(List.of("a", "c"), names(nnwb.train.ui.internal.RunTable.filter(rows, "ADAM")));
        assertEquals(List.of("c"), names(nnwb.train.ui.internal.RunTable.filter(rows, "adam 64")));
        assertEquals(3, nnwb.train.ui.internal.RunTable.filter(rows, "  ").size());
    }

    private static List<String> names(List<nnwb.train.ui.internal.RunTable.Row> rows) {
        return rows.stream().map(r -> r.run().name()).toList();
    }
}
