package nnwb.spark.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The spark-submit line a Spark user expects: their settings, sized overheads, a quiet UI, a shell-safe script. */
class SparkSubmitLineTest {

    private static final long MIB = 1 << 20;
    private static final Path JAR = Path.of("/opt/nnwb/nnwb-spark-job.jar");
    private static final List<String> SWEEP = List.of("sweep", "--specs", "specs.json", "--out", "hdfs:///runs");

    /** What the commands mix in, parsed as they parse it. */
    static final class Holder {
        @CommandLine.Mixin
        SparkCliOptions spark = new SparkCliOptions();
    }

    private static SparkOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.spark.options();
    }

    private static String value(List<String> args, String key) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("--conf") && args.get(i + 1).startsWith(key + "=")) {
                return args.get(i + 1).substring(key.length() + 1);
            }
        }
        return null;
    }

    @Test
    void byDefaultTheUiIsOffOneTaskPerExecutorAndTheJavaOptionsGoToTheJobToAppend() {
        List<String> a = SparkSubmitLine.of("spark://gw:7077", JAR, SWEEP, 100 * MIB).sparkSubmitArgs();
        assertEquals("false", value(a, "spark.ui.enabled"));
        assertEquals("1", value(a, "spark.executor.cores"));
        assertEquals((768 + 300) + "m", value(a, "spark.executor.memoryOverhead"));
        assertEquals("-Dnnwb.compute.threads=1 -Dorg.eclipse.deeplearning4j.helpers.disable=false",
                value(a, ExecutorDefaults.JAVA_OPTIONS_KEY), "no cache folder: the job uses the node's shared one");
        assertEquals(null, value(a, "spark.executor.extraJavaOptions"), "the cluster's own options are never replaced");
        assertFalse(a.contains("--driver-java-options"), "a cluster's driver does not train: its options stay the cluster's");
        assertFalse(a.contains("--deploy-mode"));
        assertTrue(SparkSubmitLine.of("local[2]", JAR, SWEEP, 0).sparkSubmitArgs().contains("--driver-java-options"));
    }

    @Test
    void theUsersSettingsAreApplied_TheirConfWinsAndTheOverheadCoversEveryCore() {
        SparkOptions o = parse("--spark-conf", "spark.dynamicAllocation.enabled=false", "--spark-conf", "spark.task.maxFailures=2",
                "--executor-memory", "6g", "--executor-cores", "4", "--num-executors", "10", "--event-log", "hdfs:///spark-logs",
                "--spark-ui", "--javacpp-cache", "/scratch/javacpp");
        List<String> a = SparkSubmitLine.of("yarn", JAR, SWEEP, 100 * MIB, o, List.of()).sparkSubmitArgs();
        assertEquals("false", value(a, "spark.dynamicAllocation.enabled"));
        assertEquals("2", value(a, "spark.task.maxFailures"));
        assertEquals("6g", value(a, "spark.executor.memory"));
        assertEquals("4", value(a, "spark.executor.cores"));
        assertEquals("10", value(a, "spark.executor.instances"));
        assertEquals((768 + 4 * 300) + "m", value(a, "spark.executor.memoryOverhead"), "four slots train at once");
        assertEquals("true", value(a, "spark.eventLog.enabled"));
        assertEquals("hdfs:///spark-logs", value(a, "spark.eventLog.dir"));
        assertEquals("true", value(a, "spark.ui.enabled"));
        assertTrue(value(a, ExecutorDefaults.JAVA_OPTIONS_KEY).contains("-Dorg.bytedeco.javacpp.cachedir=/scratch/javacpp"));

        SparkOptions mine = parse("--executor-cores", "4", "--spark-conf", "spark.executor.memoryOverhead=9g", "--spark-conf",
                "spark.task.cpus=2", "--spark-conf", "spark.ui.enabled=true");
        List<String> b = SparkSubmitLine.of("yarn", JAR, SWEEP, 100 * MIB, mine, List.of()).sparkSubmitArgs();
        assertEquals("9g", value(b, "spark.executor.memoryOverhead"), "an overhead the user set is kept");
        assertEquals("2", value(b, "spark.task.cpus"));
        assertEquals("true", value(b, "spark.ui.enabled"));
        assertEquals((768 + 2 * 300) + "m", value(SparkSubmitLine.of("yarn", JAR, SWEEP, 100 * MIB, parse("--executor-cores", "4",
                "--spark-conf", "spark.task.cpus=2"), List.of()).sparkSubmitArgs(), "spark.executor.memoryOverhead"),
                "4 cores / 2 cpus per task = 2 slots");
        assertEquals(Path.of("logs").toAbsolutePath().toString(), value(SparkSubmitLine.of("local[2]", JAR, SWEEP, 0,
                parse("--event-log", "logs"), List.of()).sparkSubmitArgs(), "spark.eventLog.dir"), "a local folder made absolute");
    }

    @Test
    void badSettingsAreOneLineRefusals() {
        assertEquals("--spark-conf expects KEY=VALUE, got 'spark.ui.enabled'",
                assertThrows(IllegalArgumentException.class, () -> parse("--spark-conf", "spark.ui.enabled")).getMessage());
        assertEquals("--executor-memory expects a size like 4g or 4096m, got '4 GB'",
                assertThrows(IllegalArgumentException.class, () -> parse("--executor-memory", "4 GB")).getMessage());
        assertEquals("--deploy-mode expects client or cluster, got 'remote'",
                assertThrows(IllegalArgumentException.class, () -> parse("--deploy-mode", "remote")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("--executor-cores", "0"));
        assertEquals("--javacpp-cache must not contain spaces (Java options are split at them): /my cache",
                assertThrows(IllegalArgumentException.class, () -> parse("--javacpp-cache", "/my cache")).getMessage());
    }

    @Test
    void clusterDeployModeRefusesLocalPathsAndShipsTheFilesItWrote() {
        SparkOptions o = parse("--deploy-mode", "cluster");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.requireShared("--out", "runs/edge"));
        assertEquals("--deploy-mode cluster runs the driver on the cluster, which cannot see --out runs/edge on this machine: give a URI"
                + " of the cluster's storage (hdfs://..., s3a://...)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> o.requireShared("--out", "file:///data/runs"));
        o.requireShared("--out", "hdfs://nn:8020/runs");
        o.requireShared("--out", "s3a://bucket/runs");
        assertThrows(IllegalArgumentException.class, () -> parse("--deploy-mode", "cluster", "--event-log", "/var/log/spark"));
        parse("--deploy-mode", "client").requireShared("--out", "runs/edge");

        List<String> a = SparkSubmitLine.of("yarn", JAR, SWEEP, 0, o, List.of("/tmp/x/specs.json")).sparkSubmitArgs();
        assertEquals("cluster", a.get(a.indexOf("--deploy-mode") + 1));
        assertEquals("/tmp/x/specs.json", a.get(a.indexOf("--files") + 1));
        assertEquals(SWEEP, a.subList(a.size() - SWEEP.size(), a.size()));
    }

    @Test
    void aLocalMastersDriverListensOnThisMachineOnly() {
        assertEquals(Map.of("OMP_NUM_THREADS", "1", "SPARK_LOCAL_IP", "127.0.0.1"), SparkSubmitLine.environment("local[2]"));
        assertEquals(Map.of("OMP_NUM_THREADS", "1", "SPARK_LOCAL_IP", "127.0.0.1"), SparkSubmitLine.environment("local"));
        assertEquals(Map.of("OMP_NUM_THREADS", "1"), SparkSubmitLine.environment("spark://gw:7077"));
        assertEquals(Map.of("OMP_NUM_THREADS", "1"), SparkSubmitLine.environment("yarn"));
    }

    @Test
    void theExportedScriptQuotesTheMasterSoTheShellDoesNotExpandIt(@TempDir Path work) throws IOException, InterruptedException {
        Path jar = Files.write(work.resolve("nnwb-spark-job.jar"), new byte[] {1});
        Path dir = work.resolve("export");
        SparkSubmitLine line = SparkSubmitLine.of("local[2]", Path.of("nnwb-spark-job.jar"), List.of("sweep", "--specs", "specs.json",
                "--out", "runs"), 0);
        Path script = SparkLauncher.outsideOsgi().export(line, jar, dir);
        String text = Files.readString(script);
        assertTrue(text.contains("--master 'local[2]'"), text);
        assertTrue(text.contains("export SPARK_LOCAL_IP=\"${SPARK_LOCAL_IP:-127.0.0.1}\""), text);

        // a file the unquoted pattern local[2] would match
        Files.writeString(dir.resolve("local2"), "");
        Path fake = Files.createDirectories(work.resolve("spark/bin")).resolve("spark-submit");
        Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > \"$OUT\"\necho \"$SPARK_LOCAL_IP\" >> \"$OUT\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
        pb.environment().put("SPARK_HOME", work.resolve("spark").toString());
        pb.environment().put("OUT", work.resolve("args.txt").toString());
        pb.environment().remove("SPARK_LOCAL_IP");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<String> got = Files.readAllLines(work.resolve("args.txt"));
        assertEquals(List.of("--master", "local[2]"), got.subList(0, 2));
        assertEquals("127.0.0.1", got.get(got.size() - 1));
    }
}
