package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.dl4j.Dl4jComputeService;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.spark.launch.ExecutorDefaults;
import nnwb.spark.launch.SparkLauncher;
import nnwb.train.MemoryBudget;
import nnwb.train.SparkSweep;
import nnwb.train.SweepPlan;
import nnwb.train.TrainingRunner;

/**
 * Natives are unpacked once per node: two successive {@code local[2]} sweeps with the default settings (no
 * {@code --javacpp-cache}, no cache of the submitting JVM) use the node's shared cache in the temporary folder, and
 * the second finds every file the first left there and writes none.
 */
class NodeCacheTest {

    private static final String CACHE_DIR = "org.bytedeco.javacpp.cachedir";

    @Test
    void aSecondApplicationOnTheNodeUnpacksNothing(@TempDir Path work) throws IOException {
        Path jobJar = Path.of(System.getProperty("nnwb.spark.jobJar"));
        String sparkClassPath = Files.readString(Path.of(System.getProperty("nnwb.spark.classpathFile"))).strip();
        Map<String, String> env = Map.of(SparkLauncher.JOB_JAR_ENV, jobJar.toString(), SparkLauncher.SPARK_JARS_ENV,
                sparkClassPath);
        Path node = NodeCache.dir(NodeCache.dl4jVersion(jobJar));
        assertTrue(node.getFileName().toString().startsWith(ExecutorDefaults.NODE_CACHE + "-"), node.toString());
        assertFalse(node.getFileName().toString().endsWith("-dev"), "the job jar names its DL4J release: " + node);

        Dl4jComputeService compute = Dl4jComputeService.outsideOsgi(work.resolve("javacpp"));
        String mine = System.getProperty(CACHE_DIR);
        try {
            RunConfig base = RunConfig.of("edges", "edge-cnn", "edges:per-class=12,val-per-class=8").withEpochs(1);
            TrainingRunner runner = new TrainingRunner(compute, null);
            SweepPlan plan = SweepPlan.of(base, List.of(8), List.of(Optimizer.SGD), List.of(1L),
                    new MemoryBudget(Long.MAX_VALUE, "test"), runner);
            // as a submitting JVM without a native cache of its own: the driver, which trains in local mode, gets none
            System.clearProperty(CACHE_DIR);
            assertFalse(String.join(" ", ExecutorDefaults.driverJavaOptions()).contains(CACHE_DIR));

            new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, "local[2]", work.resolve("first"), env,
                    l -> log(work, l), () -> false);
            assertEquals(1, SparkSweep.read(plan, work.resolve("first")).size());
            assertNull(SparkSweep.read(plan, work.resolve("first")).get(0).problem());
            Map<Path, FileTime> unpacked = natives(node);
            assertFalse(unpacked.isEmpty(), "the first job unpacked its natives into " + node);

            new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, "local[2]", work.resolve("second"), env,
                    l -> log(work, l), () -> false);
            assertNull(SparkSweep.read(plan, work.resolve("second")).get(0).problem(), "the second job trained");
            assertEquals(unpacked, natives(node), "the second job loaded the same files and unpacked none again");
        } finally {
            if (mine != null) {
                System.setProperty(CACHE_DIR, mine);
            }
            compute.deactivate();
        }
    }

    /** Every native library in {@code dir} with its modification time. */
    private static Map<Path, FileTime> natives(Path dir) throws IOException {
        Map<Path, FileTime> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".so")).toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    private static void log(Path work, String line) {
        try {
            Files.writeString(work.resolve("spark-output.txt"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
