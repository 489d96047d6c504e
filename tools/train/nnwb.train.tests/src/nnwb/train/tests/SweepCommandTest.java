package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunModel;
import nnwb.core.memory.Dl4jConvention;
import nnwb.core.templates.Templates;
import nnwb.test.harness.ComputeServices;

/** {@code nnwb sweep}: the grid's cells, those predicted not to fit marked and not run, the keys. */
class SweepCommandTest {

    @TempDir
    Path dir;

    static long predicted(int batch, Optimizer o) {
        var r = RunModel.analyze(Templates.text("edge-cnn"), Map.of(), 1, 28, 28, 3, batch);
        return MemoryPrediction.of(r, o).total();
    }

    /** The dl4j convention's prediction, which decides whether a cell fits. */
    static long dl4j(int batch, Optimizer o) {
        var r = RunModel.analyze(Templates.text("edge-cnn"), Map.of(), 1, 28, 28, 3, batch);
        return MemoryPrediction.of(r, o).byConvention().get(Dl4jConvention.NAME);
    }

    @Test
    void cellsAboveTheBudgetAreMarkedAndNotRun() throws Exception {
        ComputeService s = ComputeServices.started();
        long budget = dl4j(4, Optimizer.ADAM) + 1; // every batch-4 cell fits, no batch-64 cell
        assertTrue(dl4j(64, Optimizer.SGD) > budget);
        assertTrue(predicted(4, Optimizer.ADAM) < dl4j(4, Optimizer.ADAM), "the textbook count alone would not decide the same");
        CommandRun r = CommandRun.of(s, "sweep", "--template", "edge-cnn", "--data", "edges:per-class=4,val-per-class=4",
                "--epochs", "1", "--batches", "4,64", "--optimizers", "sgd,adam", "--seeds", "1,2", "--budget",
                Long.toString(budget), "--json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Set<String> keys = new TreeSet<>();
        for (String k : TrainCommandTest.RUN_KEYS) {
            keys.add("runs[]." + k);
        }
        keys.addAll(List.of("runs", "runs[].batch", "runs[].optimizer", "runs[].seed", "runs[].fits", "runs[].fitsConvention",
                "runs[].fitsPredictedBytes"));
        assertEquals(keys, r.keyPaths());
        List<?> runs = (List<?>) r.json().get("runs");
        assertEquals(8, runs.size());
        for (Object o : runs) {
            Map<?, ?> cell = (Map<?, ?>) o;
            boolean small = ((Long) cell.get("batch")) == 4;
            assertEquals(small, cell.get("fits"));
            assertEquals("dl4j", cell.get("fitsConvention"));
            assertEquals(dl4j(((Long) cell.get("batch")).intValue(), Optimizer.parse((String) cell.get("optimizer"))),
                    cell.get("fitsPredictedBytes"));
            if (small) {
                assertEquals(1, ((List<?>) cell.get("epochs")).size());
                assertTrue(Files.isDirectory(dir.resolve("b4-" + cell.get("optimizer") + "-s" + cell.get("seed"))));
            } else {
                assertTrue(((List<?>) cell.get("epochs")).isEmpty());
                assertNull(cell.get("final"));
                assertNull(cell.get("peakMemoryBytes"));
                assertEquals(predicted(64, Optimizer.parse((String) cell.get("optimizer"))), cell.get("predictedMemoryBytes"));
            }
        }
    }

    @Test
    void thePlanIsPrintedBeforeAnythingRuns() throws Exception {
        CommandRun r = CommandRun.of(ComputeServices.started(), "sweep", "--template", "edge-cnn", "--data",
                "edges:per-class=2,val-per-class=2", "--epochs", "1", "--batches", "2,512", "--optimizers", "adam", "--budget",
                Long.toString(dl4j(2, Optimizer.ADAM) + 10), "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        int plan = r.out().indexOf("b512-adam-s1");
        int firstRun = r.out().indexOf("[1/2]");
        assertTrue(plan >= 0 && plan < firstRun, r.out());
        assertTrue(r.out().contains("DOES NOT FIT"), r.out());
        assertTrue(r.out().contains("largest batch that fits every optimizer: 2"), r.out());
        assertTrue(r.out().contains("decided from the dl4j prediction"), r.out());
    }

    @Test
    void badListsExitTwo() throws Exception {
        ComputeService s = ComputeServices.started();
        assertEquals(2, CommandRun.of(s, "sweep", "--template", "edge-cnn", "--batches", "4,x").code());
        assertEquals(2, CommandRun.of(s, "sweep", "--template", "edge-cnn", "--optimizers", "sgd,lion").code());
        assertEquals(2, CommandRun.of(s, "sweep", "--template", "edge-cnn", "--budget", "lots").code());
        assertEquals(2, CommandRun.of(s, "sweep", "--template", "edge-cnn", "--seeds", "-1").code());
    }

    @Test
    void sparkSettingsAndAStorageUriAreRefusedInOneLineWhereTheyCannotApply() throws Exception {
        ComputeService s = ComputeServices.started();
        List<String> small = List.of("sweep", "--template", "edge-cnn", "--data", "edges:per-class=2,val-per-class=2", "--epochs",
                "1", "--batches", "2", "--optimizers", "adam", "--budget", "1g");
        CommandRun r = CommandRun.of(s, plus(small, "--executor-memory", "4g"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("need --spark MASTER_URL"), r.err());
        r = CommandRun.of(s, plus(small, "--out", "hdfs://nn:8020/runs"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out hdfs://nn:8020/runs is a URI: it needs --spark"), r.err());
        assertFalse(Files.exists(Path.of("hdfs:")), "a URI never becomes a local folder");
        r = CommandRun.of(s, plus(small, "--spark", "local[2]", "--executor-memory", "4 GB"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--executor-memory expects a size like 4g or 4096m, got '4 GB'"), r.err());
        r = CommandRun.of(s, plus(small, "--spark", "yarn", "--deploy-mode", "cluster", "--out", dir.resolve("runs").toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--deploy-mode cluster runs the driver on the cluster, which cannot see --out"), r.err());
        r = CommandRun.of(s, plus(small, "--spark", "yarn", "--export", "hdfs://nn:8020/export", "--out", "hdfs://nn:8020/runs"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--export hdfs://nn:8020/export is a URI: the exported folder (submit.sh, the job jar) is run"
                + " from the gateway's disk"), r.err());
        assertFalse(Files.exists(Path.of("hdfs:")), "a URI never becomes a local folder");
    }

    private static String[] plus(List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
