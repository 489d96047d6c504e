package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.assignment.AssignmentPlugin;
import nnwb.assignment.SparkGrade;
import nnwb.core.assignment.AnswersWriter;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.assignment.Submission;
import nnwb.core.check.Answer;
import nnwb.core.check.Limits;
import nnwb.core.data.RunConfig;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkSubmitLine;
import nnwb.train.RunFolder;
import nnwb.train.RunSpecs;

/**
 * The job reading and writing HDFS for real: Hadoop's in-process mini cluster (one name node, one data node, bound to
 * 127.0.0.1) in this JVM, and the job jar on Spark in local[2] in a JVM of its own started the way the commands start
 * it, with every input (specs, submissions, plugin jar) and output on {@code hdfs://}. Tiny data: one run of one
 * epoch, eight answers files.
 */
class SparkHdfsTest {

    @TempDir
    static Path base;
    private static MiniDFSCluster cluster;
    private static FileSystem fs;
    private static String root;

    @BeforeAll
    static void hdfs() throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
        for (String k : List.of("dfs.namenode.http-address", "dfs.datanode.address", "dfs.datanode.http.address",
                "dfs.datanode.ipc.address")) {
            conf.set(k, "127.0.0.1:0");
        }
        conf.setBoolean("dfs.permissions.enabled", false);
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).checkDataNodeAddrConfig(true).build();
        cluster.waitActive();
        fs = cluster.getFileSystem();
        root = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private static void put(String path, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(path), true)) {
            out.write(bytes);
        }
    }

    private static byte[] get(String path) throws IOException {
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(path))) {
            return in.readAllBytes();
        }
    }

    private static List<String> names(String folder) throws IOException {
        return Arrays.stream(fs.listStatus(new org.apache.hadoop.fs.Path(folder))).map(FileStatus::getPath)
                .map(org.apache.hadoop.fs.Path::getName).sorted().toList();
    }

    private static void submit(Path work, String... jobArgs) throws IOException {
        Path jar = Path.of(System.getProperty("nnwb.spark.jobJar"));
        Map<String, String> env = Map.of(SparkLauncher.JOB_JAR_ENV, jar.toString(), SparkLauncher.SPARK_JARS_ENV,
                Files.readString(Path.of(System.getProperty("nnwb.spark.classpathFile"))).strip());
        SparkSubmitLine line = SparkSubmitLine.of("local[2]", jar, List.of(jobArgs), 0);
        SparkLauncher.outsideOsgi().run(line, env, l -> {
            try {
                Files.writeString(work.resolve("spark-output.txt"), l + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> false);
    }

    @Test
    void aSweepReadsItsSpecsFromHdfsAndWritesItsRunFoldersThere(@TempDir Path work) throws IOException {
        RunConfig c = RunConfig.of("edges", "edge-cnn", "edges:per-class=4,val-per-class=4").withEpochs(1).withBatch(8);
        RunSpecs.Spec spec = new RunSpecs.Spec("b8-sgd-s1", c);
        put("/in/specs.json", RunSpecs.write(List.of(spec)).getBytes(StandardCharsets.UTF_8));

        submit(work, "sweep", "--specs", root + "/in/specs.json", "--out", root + "/runs");

        assertEquals(List.of("b8-sgd-s1", "spark-job.json"), names("/runs"), "no temporaries, no local folder named hdfs:");
        List<String> files = names("/runs/b8-sgd-s1");
        for (String f : List.of(RunFolder.CONFIG, RunFolder.METRICS, RunFolder.MODEL, RunFolder.RESULT, RunTask.SPEC)) {
            assertTrue(files.contains(f), f + " in " + files);
        }
        assertTrue(get("/runs/b8-sgd-s1/" + RunFolder.MODEL).length > 1000);
        assertEquals(spec.json(), new String(get("/runs/b8-sgd-s1/" + RunTask.SPEC), StandardCharsets.UTF_8));
        Map<?, ?> summary = (Map<?, ?>) Json.parse(new String(get("/runs/spark-job.json"), StandardCharsets.UTF_8));
        assertEquals(1.0, ((Number) summary.get("trained")).doubleValue(), summary.toString());
        assertTrue(!Files.exists(Path.of("hdfs:")), "nothing local");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> submit(work, "sweep", "--specs", root + "/in/specs.json", "--out", "nope://somewhere/runs"));
        assertTrue(e.getMessage().contains("no file system for nope: URIs here"), e.getMessage());
    }

    @Test
    void gradingReadsSubmissionsAndThePluginFromHdfsAndWritesTheSheetAndFeedbackThere(@TempDir Path work) throws IOException {
        Path plugin = Path.of(System.getProperty("nnwb.spark.assignmentJar"));
        nnwb.core.assignment.AssignmentProvider provider = AssignmentPlugin.load(plugin);
        Assignment a = provider.assignment();
        Path subs = Files.createDirectories(work.resolve("subs"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            int j = 0;
            for (Assignment.PartRef p : a.parts()) {
                answers.put(p.id(), Answer.text(Integer.toString((i * 7 + j++ * 3) % 11)));
            }
            files.put(String.format("s%d.json", i), AnswersWriter.toJson(new Submission(a.id(), "student-" + i, answers))
                    .getBytes(StandardCharsets.UTF_8));
        }
        files.put("t-truncated.json", "{\"format\": \"nnwb-answers\"".getBytes(StandardCharsets.UTF_8));
        files.put("zoe/answers.json", AnswersWriter.toJson(new Submission(a.id(), "zoe", Map.of())).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = subs.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
            put("/subs/" + f.getKey(), f.getValue());
        }
        put("/in/" + plugin.getFileName(), Files.readAllBytes(plugin));
        // each file against its own student's variant, as Spark grades them
        BatchReport here = new BatchGrader(Limits.DEFAULT).grade(provider::assignment, subs,
                BatchGrader.submissionFiles(subs, List.of()));
        Path localFeedback = Files.createDirectories(work.resolve("feedback"));
        assertEquals(List.of(), BatchGrader.writeFeedback(here, localFeedback));

        String[] args = {"grade", "--plugin", root + "/in/" + plugin.getFileName(), "--dir", root + "/subs", "--csv",
            root + "/out/grades.csv", "--feedback", root + "/out/feedback", "--report", root + "/out/report.json"};
        submit(work, args);

        assertEquals(GradeCsv.toCsv(a, here), new String(get("/out/grades.csv"), StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>();
        try (var s = Files.list(localFeedback)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(expected::add);
        }
        assertEquals(7, expected.size());
        assertEquals(expected, names("/out/feedback"));
        for (String f : expected) {
            assertArrayEquals(Files.readAllBytes(localFeedback.resolve(f)), get("/out/feedback/" + f), f);
        }
        Map<?, ?> r = (Map<?, ?>) Json.parse(new String(get("/out/report.json"), StandardCharsets.UTF_8));
        assertEquals(here.problems(), r.get("problems"));
        assertEquals(root + "/out/grades.csv", r.get("csv"));
        assertEquals(8, names("/out/grades.csv.parts").size(), "a record per readable file");

        submit(work, args);
        r = (Map<?, ?>) Json.parse(new String(get("/out/report.json"), StandardCharsets.UTF_8));
        assertEquals(8.0, ((Number) r.get("resumed")).doubleValue(), "resubmitted: nothing graded again");
        assertEquals(GradeCsv.toCsv(a, here), new String(get("/out/grades.csv"), StandardCharsets.UTF_8));
        assertEquals(URI.create(root).getHost(), "127.0.0.1");

        // nnwb grade --spark local[2] --dir hdfs://.../subs --csv hdfs://... --feedback hdfs://... (the command's path:
        // the installed plugin's jar and the report here, every folder on HDFS)
        Path report = work.resolve("cli-report.json");
        new SparkGrade(SparkLauncher.outsideOsgi()).run(plugin, a.id(), root + "/subs", root + "/cli/grades.csv", root + "/cli/fb",
                report, "local[2]", SparkOptions.DEFAULT, env(), l -> log(work, l));
        assertEquals(GradeCsv.toCsv(a, here), new String(get("/cli/grades.csv"), StandardCharsets.UTF_8));
        assertEquals(expected, names("/cli/fb"));
        for (String f : expected) {
            assertArrayEquals(Files.readAllBytes(localFeedback.resolve(f)), get("/cli/fb/" + f), f);
        }
        r = (Map<?, ?>) Json.parse(Files.readString(report));
        assertEquals(here.problems(), r.get("problems"));
        assertEquals(here.results().size(), ((Number) r.get("graded")).intValue(), r.toString());

        // exported with URIs: the submissions stay on HDFS (not copied), the script names every URI
        Path exported = work.resolve("export");
        Path script = new SparkGrade(SparkLauncher.outsideOsgi()).export(plugin, a.id(), root + "/subs", root + "/cli/grades.csv",
                root + "/cli/fb", "yarn", exported, SparkOptions.DEFAULT, env());
        List<String> lines = Files.readAllLines(script);
        String line = lines.get(lines.size() - 1);
        assertTrue(line.endsWith(" grade --plugin " + plugin.getFileName() + " --assignment " + a.id() + " --dir " + root + "/subs --csv "
                + root + "/cli/grades.csv --feedback " + root + "/cli/fb --report " + SparkGrade.REPORT), line);
        assertTrue(Files.isRegularFile(exported.resolve(plugin.getFileName())));
        assertTrue(!Files.exists(exported.resolve("submissions")), "a URI folder is not copied");
    }

    private static Map<String, String> env() throws IOException {
        return Map.of(SparkLauncher.JOB_JAR_ENV, System.getProperty("nnwb.spark.jobJar"), SparkLauncher.SPARK_JARS_ENV,
                Files.readString(Path.of(System.getProperty("nnwb.spark.classpathFile"))).strip());
    }

    private static void log(Path work, String l) {
        try {
            Files.writeString(work.resolve("spark-output.txt"), l + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
