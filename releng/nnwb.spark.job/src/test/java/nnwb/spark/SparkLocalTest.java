package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.assignment.AssignmentPlugin;
import nnwb.assignment.SparkGrade;
import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkOptions;
import nnwb.compute.dl4j.Dl4jComputeService;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AnswersWriter;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.assignment.Submission;
import nnwb.core.check.Answer;
import nnwb.core.check.Limits;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.json.Json;
import nnwb.train.MemoryBudget;
import nnwb.train.RunFolder;
import nnwb.train.SparkSweep;
import nnwb.train.SweepCell;
import nnwb.train.SweepPlan;
import nnwb.train.SweepRunner;
import nnwb.train.TrainingRunner;

/**
 * The job jar on Spark in local[2], started the way {@code nnwb sweep/grade --spark} start it ({@link SparkSweep},
 * {@link SparkGrade}): a JVM of its own running spark-submit's main class on the job jar and Spark's jars only
 * (what a cluster node has). Its results are compared with the same work done here with the desktop's classes and
 * the same seeds: a 4-cell sweep and the grading of 100 generated submissions (and three bad files).
 */
class SparkLocalTest {

    private static Path jobJar;
    private static String sparkClassPath;
    private static Path plugin;

    @BeforeAll
    static void paths() throws IOException {
        jobJar = Path.of(System.getProperty("nnwb.spark.jobJar"));
        sparkClassPath = Files.readString(Path.of(System.getProperty("nnwb.spark.classpathFile"))).strip();
        plugin = Path.of(System.getProperty("nnwb.spark.assignmentJar"));
        assertTrue(Files.isRegularFile(jobJar), "no job jar " + jobJar);
        assertTrue(Files.isRegularFile(plugin), "no plugin jar " + plugin);
        assertTrue(!sparkClassPath.contains("nnwb") && !sparkClassPath.contains("deeplearning4j"),
                "the Spark class path holds Spark's jars only");
    }

    /**
     * What the workbench's commands and view pass on: the job jar, and Spark as a class path of its jars (no
     * SPARK_HOME: spark-submit's main class runs in a JVM of its own).
     */
    private static Map<String, String> env() {
        return Map.of(SparkLauncher.JOB_JAR_ENV, jobJar.toString(), SparkLauncher.SPARK_JARS_ENV, sparkClassPath);
    }

    private static void log(Path work, String line) {
        try {
            Files.writeString(work.resolve("spark-output.txt"), line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSweepOnSparkEqualsTheSameSweepHere(@TempDir Path work) throws IOException {
        RunConfig base = RunConfig.of("edges", "edge-cnn", "edges:per-class=12,val-per-class=8").withEpochs(2)
                .withLearningRate(0.01);
        Dl4jComputeService compute = Dl4jComputeService.outsideOsgi(work.resolve("javacpp"));
        try {
            TrainingRunner runner = new TrainingRunner(compute, null);
            SweepPlan plan = SweepPlan.of(base, List.of(8, 16), List.of(Optimizer.SGD, Optimizer.ADAM), List.of(3L),
                    new MemoryBudget(Long.MAX_VALUE, "test"), runner);
            assertEquals(4, plan.cells().size());
            Path local = work.resolve("local");
            new SweepRunner(runner).run(plan, local, null, () -> false);

            Path spark = work.resolve("spark");
            new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, "local[2]", spark, env(), l -> log(work, l), () -> false);

            List<SparkSweep.Imported> back = SparkSweep.read(plan, spark);
            assertEquals(4, back.size());
            for (SparkSweep.Imported i : back) {
                SweepCell c = i.cell();
                assertEquals(null, i.problem(), c.name());
                RunFolder.Record here = RunFolder.read(local.resolve(c.name()));
                RunFolder.Record there = i.run();
                assertEquals(here.config(), there.config(), c.name());
                assertEquals(2, here.epochs().size(), c.name());
                for (String col : List.of("epoch", "iteration", "trainLoss", "trainAccuracy", "valLoss", "valAccuracy")) {
                    assertEquals(column(here, col), column(there, col), c.name() + " " + col);
                }
                for (String f : List.of(RunFolder.CONFIG, RunFolder.CONFUSION, RunFolder.PREDICTION)) {
                    assertEquals(Files.readString(local.resolve(c.name()).resolve(f)),
                            Files.readString(spark.resolve(c.name()).resolve(f)), c.name() + " " + f);
                }
                assertTrue(Files.size(spark.resolve(c.name()).resolve(RunFolder.MODEL)) > 0, c.name() + " model");
                // issue 26 item 7: two task slots train at once in the Spark JVM, yet each cell reports its own peak
                double peakHere = ((Number) here.result().get("peakMemoryBytes")).doubleValue();
                double peakThere = ((Number) there.result().get("peakMemoryBytes")).doubleValue();
                assertTrue(peakHere > 0, c.name() + " peak here");
                Files.writeString(Path.of("target/spark-peaks.txt"), String.format(java.util.Locale.ROOT, "%s: here %.0f B, on Spark %.0f B"
                        + " (%.3fx)%n", c.name(), peakHere, peakThere, peakThere / peakHere), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                assertEquals(1, peakThere / peakHere, 0.10, c.name() + " peak on Spark " + peakThere + " B, here " + peakHere + " B");
            }
            resumeTrainsOnlyTheMissingCell(plan, local, spark, work);
            exportWritingToTheClustersStorage(plan, work);
        } finally {
            compute.deactivate();
        }
    }

    /**
     * {@code nnwb sweep --spark yarn --export DIR --out hdfs://...}: the exported job writes the run folders to the URI
     * (so a driver on the cluster may run it: the specs go with {@code --files}); DIR given as a URI is refused in one
     * line, nothing written.
     */
    private static void exportWritingToTheClustersStorage(SweepPlan plan, Path work) throws IOException {
        SparkSweep sweep = new SparkSweep(SparkLauncher.outsideOsgi());
        SparkOptions cluster = new SparkOptions(Map.of(), null, null, null, "cluster", null, false, null);
        Path dir = work.resolve("export");
        Path script = sweep.export(plan, null, "yarn", dir, "hdfs://nn:8020/sweeps/edge", cluster, env());
        List<String> lines = Files.readAllLines(script);
        String line = lines.get(lines.size() - 1);
        assertTrue(line.contains(" --deploy-mode cluster ") && line.contains(" --files specs.json "), line);
        assertTrue(line.endsWith(" sweep --specs specs.json --out hdfs://nn:8020/sweeps/edge"), line);
        assertTrue(Files.isRegularFile(dir.resolve(SparkSweep.SPECS)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sweep.export(plan, null, "yarn",
                Path.of("hdfs://nn:8020/export"), "hdfs://nn:8020/sweeps/edge", SparkOptions.DEFAULT, env()));
        assertTrue(e.getMessage().startsWith("--export hdfs:/nn:8020/export is a URI"), e.getMessage());
        assertFalse(Files.exists(Path.of("hdfs:")), "nothing local named after the scheme");
    }

    /**
     * Resubmitting the sweep into the same folder, with one cell's folder deleted and a temporary left as a killed
     * task leaves it: only that cell trains again (same numbers as here), the others' files are untouched, the
     * temporary is gone, and the summary says so.
     */
    private static void resumeTrainsOnlyTheMissingCell(SweepPlan plan, Path local, Path spark, Path work) throws IOException {
        SweepCell gone = plan.cells().get(1);
        Map<Path, FileTime> times = new LinkedHashMap<>();
        Map<Path, byte[]> models = new LinkedHashMap<>();
        for (SweepCell c : plan.cells()) {
            if (c != gone) {
                for (Path f : list(spark.resolve(c.name()))) {
                    times.put(f, Files.getLastModifiedTime(f));
                }
                models.put(spark.resolve(c.name()), Files.readAllBytes(spark.resolve(c.name()).resolve(RunFolder.MODEL)));
            }
        }
        assertEquals(3, models.size());
        delete(spark.resolve(gone.name()));
        Path leftover = Files.createDirectories(spark.resolve("." + gone.name() + ".0123456789abcdef.tmp"));
        Files.writeString(leftover.resolve(RunFolder.METRICS), "half a file");

        new SparkSweep(SparkLauncher.outsideOsgi()).run(plan, null, "local[2]", spark, env(), l -> log(work, l), () -> false);

        assertFalse(Files.exists(leftover, LinkOption.NOFOLLOW_LINKS), "the unfinished temporary is removed");
        for (Map.Entry<Path, FileTime> e : times.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), e.getKey() + " untouched");
        }
        for (Map.Entry<Path, byte[]> e : models.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey().resolve(RunFolder.MODEL)), e.getKey() + " model");
        }
        RunFolder.Record again = RunFolder.read(spark.resolve(gone.name()));
        RunFolder.Record here = RunFolder.read(local.resolve(gone.name()));
        for (String col : List.of("epoch", "trainLoss", "valLoss", "valAccuracy")) {
            assertEquals(column(here, col), column(again, col), gone.name() + " trained again: " + col);
        }
        Map<?, ?> summary = (Map<?, ?>) Json.parse(Files.readString(spark.resolve(SparkSweep.SUMMARY)));
        assertEquals(1.0, ((Number) summary.get("trained")).doubleValue(), summary.toString());
        assertEquals(3.0, ((Number) summary.get("skipped")).doubleValue(), summary.toString());
        assertEquals(0.0, ((Number) summary.get("failed")).doubleValue(), summary.toString());
        for (Object o : (List<?>) summary.get("runs")) {
            Map<?, ?> run = (Map<?, ?>) o;
            assertEquals(run.get("name").equals(gone.name()) ? "trained" : "skipped", run.get("status"), run.toString());
            assertTrue(((Number) run.get("valAccuracy")).doubleValue() >= 0, run.toString());
        }
        List<String> names = list(spark).stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), "no temporaries left: " + names);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<Double> column(RunFolder.Record r, String col) {
        return r.epochs().stream().map(e -> e.get(col)).toList();
    }

    @Test
    void gradingOnSparkEqualsTheSameGradingHere(@TempDir Path work) throws IOException {
        nnwb.core.assignment.AssignmentProvider provider = AssignmentPlugin.load(plugin);
        Assignment a = provider.assignment();
        Path subs = Files.createDirectories(work.resolve("submissions"));
        for (int i = 0; i < 100; i++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            int j = 0;
            for (Assignment.PartRef p : a.parts()) {
                if ((i + j) % 5 != 0) {
                    answers.put(p.id(), Answer.text(Integer.toString((i * 7 + j * 3) % 11)));
                }
                j++;
            }
            Files.writeString(subs.resolve(String.format("s%03d.json", i)),
                    AnswersWriter.toJson(new Submission(a.id(), "student-" + i, answers)), StandardCharsets.UTF_8);
        }
        Files.writeString(subs.resolve("t-truncated.json"), "{\"format\": \"nnwb-answers\", \"assignment\"");
        Files.writeString(subs.resolve("u-other.json"), AnswersWriter.toJson(new Submission("another", "student-x", Map.of())));
        Files.writeString(subs.resolve("v-again.json"), AnswersWriter.toJson(new Submission(a.id(), "student-4", Map.of())));

        // each file against its own student's variant, as Spark grades them
        BatchReport here = new BatchGrader(Limits.DEFAULT).grade(provider::assignment, subs, BatchGrader.answersFiles(subs));
        Path localFeedback = Files.createDirectories(work.resolve("local-feedback"));
        assertEquals(List.of(), BatchGrader.writeFeedback(here, localFeedback));
        assertEquals(101, here.results().size(), "v-again.json is graded under its own name, flagged with s004.json");
        assertEquals(4, here.problems().size());

        Path csv = work.resolve("grades.csv");
        Path feedback = work.resolve("spark-feedback");
        Path report = work.resolve("report.json");
        new SparkGrade(SparkLauncher.outsideOsgi()).run(plugin, a.id(), subs, csv, feedback, report, "local[2]", env(),
                l -> log(work, l));

        assertEquals(GradeCsv.toCsv(a, here), Files.readString(csv));
        Map<?, ?> r = (Map<?, ?>) Json.parse(Files.readString(report));
        assertEquals(here.problems(), r.get("problems"));
        assertEquals(103.0, ((Number) r.get("files")).doubleValue());
        List<Path> expected = list(localFeedback);
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                list(feedback).stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : expected) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(feedback.resolve(f.getFileName())), f.getFileName().toString());
        }
        assertEquals(0.0, ((Number) r.get("resumed")).doubleValue());

        // resubmitted with one feedback file gone and a temporary left by a killed task: only that file is graded again
        Path gone = feedback.resolve(expected.get(10).getFileName());
        Files.delete(gone);
        Path leftover = feedback.resolve("." + gone.getFileName() + ".0123456789abcdef.tmp");
        Files.writeString(leftover, "{\"half");
        Map<Path, FileTime> times = new LinkedHashMap<>();
        for (Path f : list(feedback)) {
            if (!f.equals(leftover)) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        new SparkGrade(SparkLauncher.outsideOsgi()).run(plugin, a.id(), subs, csv, feedback, report, "local[2]", env(),
                l -> log(work, l));
        assertFalse(Files.exists(leftover, LinkOption.NOFOLLOW_LINKS), "the unfinished temporary is removed");
        times.forEach((f, t) -> {
            try {
                assertEquals(t, Files.getLastModifiedTime(f), f + " untouched");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertArrayEquals(Files.readAllBytes(expected.get(10)), Files.readAllBytes(gone), "graded again");
        assertEquals(GradeCsv.toCsv(a, here), Files.readString(csv));
        r = (Map<?, ?>) Json.parse(Files.readString(report));
        assertEquals(102.0, ((Number) r.get("resumed")).doubleValue(), "every file but the one whose feedback went");
        assertEquals(here.problems(), r.get("problems"));
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                list(feedback).stream().map(p -> p.getFileName().toString()).toList());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
