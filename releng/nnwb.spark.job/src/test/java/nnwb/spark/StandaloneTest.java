package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.dl4j.Dl4jComputeService;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkSubmitLine;
import nnwb.train.MemoryBudget;
import nnwb.train.SparkSweep;
import nnwb.train.SweepPlan;
import nnwb.train.TrainingRunner;

/**
 * A standalone Spark cluster on 127.0.0.1 (a master and one worker started from Spark 4.2's jars, the worker's
 * {@code SPARK_HOME} a folder whose {@code jars/} links them): a 4-cell sweep whose executor is killed once the first
 * run is published still ends with every run folder written once (Spark retries the lost tasks on a new executor),
 * and a resubmission with one folder deleted trains only that cell. Skipped where the cluster cannot start.
 */
class StandaloneTest {

    private final List<Process> started = new ArrayList<>();

    @Test
    void aKilledExecutorLosesNothingAndAResubmissionSkipsFinishedCells(@TempDir Path work) throws Exception {
        Path jobJar = Path.of(System.getProperty("nnwb.spark.jobJar"));
        String sparkClassPath = Files.readString(Path.of(System.getProperty("nnwb.spark.classpathFile"))).strip();
        Map<String, String> env = Map.of(SparkLauncher.JOB_JAR_ENV, jobJar.toString(), SparkLauncher.SPARK_JARS_ENV,
                sparkClassPath);
        Dl4jComputeService compute = Dl4jComputeService.outsideOsgi(work.resolve("javacpp"));
        try {
            String master = startCluster(work, sparkClassPath);
            RunConfig base = RunConfig.of("edges", "edge-cnn", "edges:per-class=12,val-per-class=8").withEpochs(3)
                    .withLearningRate(0.01);
            SweepPlan plan = SweepPlan.of(base, List.of(8, 16), List.of(Optimizer.SGD, Optimizer.ADAM), List.of(3L),
                    new MemoryBudget(Long.MAX_VALUE, "test"), new TrainingRunner(compute, null));
            Path out = work.resolve("runs");
            CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
                try {
                    new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, master, out, env, l -> log(work, l), () -> false);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (published(out) == 0 && !job.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<ProcessHandle> executors = started.get(1).descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).toList();
            assertTrue(published(out) < 4 && !executors.isEmpty(), "an executor to kill mid-sweep: " + published(out) + " published");
            executors.get(0).destroyForcibly();
            job.get(180, TimeUnit.SECONDS);

            Map<?, ?> summary = summary(out);
            assertEquals(0.0, number(summary, "failed"), summary.toString());
            assertEquals(4.0, number(summary, "trained") + number(summary, "skipped"), summary.toString());
            assertEquals(4, published(out), "every run once");
            for (SparkSweep.Imported i : SparkSweep.read(plan, out)) {
                assertEquals(null, i.problem(), i.cell().name());
                assertEquals(3, i.run().epochs().size(), i.cell().name());
            }

            String gone = plan.cells().get(2).name();
            try (Stream<Path> s = Files.walk(out.resolve(gone))) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, master, out, env, l -> log(work, l), () -> false);
            summary = summary(out);
            assertEquals(1.0, number(summary, "trained"), summary.toString());
            assertEquals(3.0, number(summary, "skipped"), summary.toString());
            assertEquals(4, published(out));
        } finally {
            compute.deactivate();
            for (Process p : started) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    /** Starts a master and a worker (2 cores) on 127.0.0.1; the master's URL, or the test is skipped. */
    private String startCluster(Path work, String sparkClassPath) throws Exception {
        Path home = Files.createDirectories(work.resolve("spark-home"));
        Files.writeString(home.resolve("RELEASE"), "Spark 4.2.0 (jars of releng/spark/runtime-4.2)\n");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String e : sparkClassPath.split(File.pathSeparator)) {
            Path jar = Path.of(e);
            if (jar.toString().endsWith(".jar") && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "spark://127.0.0.1:" + port;
        Process master = start(work, home, sparkClassPath, "master", List.of("org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0"));
        Assumptions.assumeTrue(waitFor(work.resolve("master.log"), "I have been elected leader", master),
                "a standalone master could not start on 127.0.0.1 here (see " + work.resolve("master.log") + ")");
        Path workerDir = Files.createDirectories(work.resolve("worker"));
        Process worker = start(work, home, sparkClassPath, "worker", List.of("org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", "2", "--memory", "4g", "--webui-port", "0", "--work-dir", workerDir.toString(), url));
        Assumptions.assumeTrue(waitFor(work.resolve("worker.log"), "Successfully registered with master", worker),
                "a standalone worker could not register here (see " + work.resolve("worker.log") + ")");
        return url;
    }

    private Process start(Path work, Path home, String sparkClassPath, String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(SparkSubmitLine.MODULE_OPTIONS);
        cmd.addAll(List.of("-Xmx512m", "-cp", sparkClassPath));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static boolean waitFor(Path log, String line, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(line)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static int published(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return (int) s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static Map<?, ?> summary(Path out) throws IOException {
        return (Map<?, ?>) Json.parse(Files.readString(out.resolve(SparkSweep.SUMMARY)));
    }

    private static double number(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
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
