package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.memory.Dl4jConvention;
import nnwb.core.memory.PyTorchConvention;
import nnwb.core.memory.TextbookConvention;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.test.harness.ComputeServices;

/**
 * The {@code dl4j} memory convention against ND4J's peak as the training runner measures it, on the four calibration
 * networks ({@link CalibrationNets}) at batches 16 and 64 with Adam (and SGD and momentum on the edge CNN): within
 * 10% each. With {@code -Dnnwb.memory.grid=full} (releng/bench/dl4j-memory.sh) the grid is batches 16, 64, 256 and
 * all three optimizers. Writes {@code target/dl4j-memory-rows.md}, table rows for BENCHMARKS.md.
 */
class Dl4jMemoryCalibrationTest {

    @TempDir
    Path dir;

    @Test
    void dl4jPredictionIsWithinTenPercentOfTheMeasuredPeak() throws Exception {
        boolean full = "full".equals(System.getProperty("nnwb.memory.grid"));
        TrainingRunner runner = new TrainingRunner(ComputeServices.started(), null);
        List<RunConfig> grid = new ArrayList<>();
        for (int b : full ? new int[] {16, 64, 256} : new int[] {16, 64}) {
            for (Optimizer o : full || b == 16 ? List.of(Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM) : List.of(Optimizer.ADAM)) {
                List<RunConfig> nets = CalibrationNets.configs(dir, b, o);
                grid.addAll(full || o == Optimizer.ADAM ? nets : nets.subList(0, 1));
            }
        }
        StringBuilder rows = new StringBuilder();
        List<String> misses = new ArrayList<>();
        for (RunConfig c : grid) {
            RunResult r = runner.run(c, null, null, () -> false);
            long measured = r.peakMemoryBytes();
            long dl4j = r.prediction().byConvention().get(Dl4jConvention.NAME);
            double ratio = (double) dl4j / measured;
            rows.append(String.format(Locale.ROOT, "| %s | %d | %s | %,d | %,d | %,d | %,d | %.3f |%n", c.name().replaceAll(" b\\d+ .*", ""),
                    c.batch(), c.optimizer().label(), r.prediction().byConvention().get(TextbookConvention.NAME),
                    r.prediction().byConvention().get(PyTorchConvention.NAME), dl4j, measured, ratio));
            if (Math.abs(ratio - 1) > 0.10) {
                misses.add(c.name() + ": predicted " + dl4j + " B, measured " + measured + " B");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dl4j-memory-rows.md"), rows);
        assertTrue(misses.isEmpty(), String.join("; ", misses) + "\n" + rows);
    }

    @Test
    void theSameRunMeasuresTheSamePeakAfterOtherRuns() throws Exception {
        ComputeService s = ComputeServices.started();
        TrainingRunner runner = new TrainingRunner(s, null);
        RunConfig edge = CalibrationNets.configs(dir, 16, Optimizer.ADAM).get(0);
        long first = runner.run(edge, null, null, () -> false).peakMemoryBytes();
        runner.run(CalibrationNets.configs(dir, 64, Optimizer.ADAM).get(3), null, null, () -> false);
        long again = runner.run(edge, null, null, () -> false).peakMemoryBytes();
        assertEquals(first, again, 0.03 * first, "edge CNN b16 Adam, before and after a larger run in the same JVM");
    }
}
