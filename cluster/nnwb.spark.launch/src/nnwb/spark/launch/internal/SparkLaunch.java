package nnwb.spark.launch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkSubmitLine;

/**
 * Starts a {@link SparkSubmitLine} as a separate process, or exports it for a cluster this machine cannot reach.
 * Spark never loads in this JVM: with {@code SPARK_HOME} set, its {@code bin/spark-submit} runs; otherwise a JVM
 * runs spark-submit's main class on the job jar and the Spark jars of {@code NNWB_SPARK_JARS} (a folder of jars).
 */
public final class SparkLaunch {

    private static final String JOB_JAR_ENV = SparkLauncher.JOB_JAR_ENV;
    private static final String SPARK_JARS_ENV = SparkLauncher.SPARK_JARS_ENV;
    private static final String JAVA_ENV = SparkLauncher.JAVA_ENV;
    private static final String SCRIPT = SparkLauncher.SCRIPT;
    /** The optional feature of the update site that installs the job jar as {@link #JOB_JAR_IN_INSTALL}. */
    public static final String FEATURE = "nnwb.spark.feature";
    /** Where the job jar is in an installation (the root files of {@link #FEATURE}). */
    public static final String JOB_JAR_IN_INSTALL = "spark/nnwb-spark-job.jar";

    private SparkLaunch() {
    }

    /** The job jar ({@link #jobJar(Map, Path)}) beside this installation ({@code osgi.install.area}). */
    public static Path jobJar(Map<String, String> env) {
        String area = System.getProperty("osgi.install.area");
        Path install = null;
        if (area != null) {
            try {
                install = Path.of(java.net.URI.create(area.replace(" ", "%20")));
            } catch (RuntimeException e) {
                install = null;
            }
        }
        return jobJar(env, install);
    }

    /**
     * The job jar named by {@code NNWB_SPARK_JOB_JAR}, else {@code spark/nnwb-spark-job.jar} in {@code install}.
     *
     * @throws IllegalArgumentException with a one-line reason when there is none
     */
    public static Path jobJar(Map<String, String> env, Path install) {
        String v = env.get(JOB_JAR_ENV);
        Path p = v != null && !v.isBlank() ? Path.of(v) : install == null ? null : install.resolve(JOB_JAR_IN_INSTALL);
        if (p == null || !Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no Spark job jar" + (p == null ? "" : " at " + p) + ": install the feature "
                    + FEATURE + " from the update site (nnwb install --feature " + FEATURE + ", or Help > Install New Software) "
                    + "or set " + JOB_JAR_ENV + " to a job jar");
        }
        return p;
    }

    /**
     * The process to start for {@code line}.
     *
     * @throws IllegalArgumentException when neither SPARK_HOME nor NNWB_SPARK_JARS names Spark
     */
    public static List<String> command(SparkSubmitLine line, Map<String, String> env) {
        String home = env.get("SPARK_HOME");
        if (home != null && !home.isBlank()) {
            Path submit = Path.of(home, "bin", "spark-submit");
            if (!Files.isExecutable(submit)) {
                throw new IllegalArgumentException("SPARK_HOME=" + home + " has no bin/spark-submit");
            }
            return line.throughSparkHome(Path.of(home));
        }
        String jars = env.get(SPARK_JARS_ENV);
        if (jars == null || jars.isBlank()) {
            throw new IllegalArgumentException("no Spark here: set SPARK_HOME (a Spark distribution) or " + SPARK_JARS_ENV
                    + " (a folder of Spark jars), or write the submission with --export DIR");
        }
        String java = env.getOrDefault(JAVA_ENV, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return line.throughJava(Path.of(java), classPath(Path.of(jars)));
    }

    /** The jars of {@code dir} as a class path; a value that is not a folder is taken as a class path itself. */
    static String classPath(Path dir) {
        if (!Files.isDirectory(dir)) {
            return dir.toString();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> jars = s.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalArgumentException(SPARK_JARS_ENV + "=" + dir + " holds no jars");
            }
            return String.join(java.io.File.pathSeparator, jars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code command} in the environment of its submission ({@link SparkSubmitLine#environment(String)}:
     * {@code OMP_NUM_THREADS=1}, and a local master's driver on 127.0.0.1 unless SPARK_LOCAL_IP is set), passing its
     * output lines to {@code log}; destroys it when {@code cancelled} turns true. Returns its exit code.
     */
    public static int run(List<String> command, Consumer<String> log, BooleanSupplier cancelled) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        int m = command.indexOf("--master");
        SparkSubmitLine.environment(m >= 0 && m + 1 < command.size() ? command.get(m + 1) : "").forEach((k, v) -> {
            if (!k.equals("SPARK_LOCAL_IP") || !pb.environment().containsKey(k)) {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    log.accept(l);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "nnwb-spark-output");
        pump.setDaemon(true);
        pump.start();
        try {
            while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                }
            }
            pump.join(2000);
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * Runs {@code command} like {@link #run} and checks its exit code. Every line goes to a log file (a temporary file
     * whose path is the first line passed to {@code log}); Spark's own INFO/WARN chatter goes only there, everything
     * else to {@code log} as well. Exit code 2 (the job refused its input) becomes an {@link IllegalArgumentException},
     * any other failure an {@link IllegalStateException}; each says the cause in one line ({@link SparkFailure}) and
     * where the whole log is.
     */
    public static void runChecked(List<String> command, Consumer<String> log, BooleanSupplier cancelled) throws IOException {
        Path file = Files.createTempFile("nnwb-spark-", ".log");
        log.accept("Spark's log: " + file);
        List<String> lines = new java.util.ArrayList<>();
        int code;
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            code = run(command, l -> {
                synchronized (lines) {
                    lines.add(l);
                    try {
                        w.write(l);
                        w.newLine();
                    } catch (IOException e) {
                        // the log file is a convenience; the lines are still kept for the cause
                    }
                }
                if (!SparkFailure.chatter(l)) {
                    log.accept(l);
                }
            }, cancelled);
        }
        if (code == 0) {
            return;
        }
        String cause;
        synchronized (lines) {
            cause = SparkFailure.cause(lines);
        }
        if (code == 2) {
            throw new IllegalArgumentException("the Spark job refused its input: " + cause + " (Spark's log: " + file + ")");
        }
        throw new IllegalStateException("the Spark job failed (exit code " + code + "): " + cause + " (Spark's log: " + file + ")");
    }

    /**
     * Writes a submission for another machine into {@code dir}: the job jar (copied from {@code jobJar}), and
     * {@value SparkLauncher#SCRIPT} with the exact spark-submit line of {@code line}, whose paths are relative to {@code dir}.
     * The caller writes the job's inputs (specs, submissions) there too. Returns the script.
     */
    public static Path export(SparkSubmitLine line, Path jobJar, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(jobJar, dir.resolve(line.jobJar().toString()), StandardCopyOption.REPLACE_EXISTING);
        Path script = dir.resolve(SCRIPT);
        Files.writeString(script, "#!/bin/sh\n# NN Workbench job for a Spark cluster: run on a machine with SPARK_HOME set.\n"
                + "# The results are written under this folder; copy it back and import it.\n"
                + "cd \"$(dirname \"$0\")\" || exit 1\n" + exports(line) + line.shellLine() + "\n", StandardCharsets.UTF_8);
        script.toFile().setExecutable(true);
        return script;
    }

    private static String exports(SparkSubmitLine line) {
        StringBuilder sb = new StringBuilder();
        line.environment().forEach((k, v) -> sb.append("export ").append(k).append('=').append(k.equals("SPARK_LOCAL_IP")
                ? "\"${SPARK_LOCAL_IP:-" + v + "}\"" : v).append('\n'));
        return sb.toString();
    }
}
