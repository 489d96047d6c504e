package nnwb.spark.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One submission of the NN Workbench job jar: the master, the job's arguments, the {@code --conf} settings, the
 * deploy mode and the files shipped with it, as the arguments of {@code spark-submit}, as a process to start, or as
 * a line to paste on a cluster's gateway.
 *
 * @param master     a Spark master URL: {@code local[2]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}
 * @param jobJar     the shaded job jar
 * @param jobArgs    the job's arguments, e.g. {@code sweep --specs specs.json --out runs}
 * @param conf       {@code --conf} settings, in order
 * @param deployMode {@code client}, {@code cluster}, or null (Spark's default, client)
 * @param files      local files shipped with the job ({@code --files}: into the working directory of a driver on a
 *                   YARN cluster, so the job names them by their file name)
 */
public record SparkSubmitLine(String master, Path jobJar, List<String> jobArgs, Map<String, String> conf, String deployMode,
        List<String> files) {

    /** The job's main class. */
    public static final String MAIN_CLASS = "nnwb.spark.SparkJob";
    /** The main class of spark-submit itself, run on a class path of Spark jars when there is no SPARK_HOME. */
    public static final String SPARK_SUBMIT_CLASS = "org.apache.spark.deploy.SparkSubmit";
    /**
     * What Spark's launcher adds on Java 17+ (JavaModuleOptions); Spark 3.5 needs them, Spark 4 ignores what it
     * does not need.
     */
    public static final List<String> MODULE_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

    public SparkSubmitLine {
        jobArgs = List.copyOf(jobArgs);
        conf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conf));
        files = List.copyOf(files);
    }

    /** In Spark's default deploy mode, shipping no files. */
    public SparkSubmitLine(String master, Path jobJar, List<String> jobArgs, Map<String, String> conf) {
        this(master, jobJar, jobArgs, conf, null, List.of());
    }

    /** A submission with the executor defaults for tasks predicted at most {@code predictedBytes}. */
    public static SparkSubmitLine of(String master, Path jobJar, List<String> jobArgs, long predictedBytes) {
        return of(master, jobJar, jobArgs, predictedBytes, SparkOptions.DEFAULT, List.of());
    }

    /**
     * A submission with {@code options} over the executor defaults for tasks predicted at most {@code predictedBytes},
     * shipping {@code files} (local files the job names by file name, for a driver on the cluster).
     */
    public static SparkSubmitLine of(String master, Path jobJar, List<String> jobArgs, long predictedBytes, SparkOptions options,
            List<String> files) {
        return new SparkSubmitLine(master, jobJar, jobArgs, ExecutorDefaults.conf(predictedBytes, options), options.deployMode(),
                files);
    }

    /** Whether the master is Spark's local mode ({@code local}, {@code local[N]}, {@code local[*]}, ...). */
    public boolean localMaster() {
        return master.equals("local") || master.startsWith("local[") || master.startsWith("local-cluster[");
    }

    /**
     * The environment of the spark-submit process: one OpenMP thread, and with a local master
     * {@code SPARK_LOCAL_IP=127.0.0.1}, so that the driver and its UI (when on) listen on this machine only (Spark binds
     * the UI to SPARK_LOCAL_IP, else to 0.0.0.0).
     */
    public Map<String, String> environment() {
        return environment(master);
    }

    /** {@link #environment()} of a submission to {@code master}. */
    public static Map<String, String> environment(String master) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("OMP_NUM_THREADS", "1");
        if (new SparkSubmitLine(master, Path.of("job.jar"), List.of(), Map.of()).localMaster()) {
            env.put("SPARK_LOCAL_IP", "127.0.0.1");
        }
        return env;
    }

    /** The arguments after {@code spark-submit} on this machine. */
    public List<String> sparkSubmitArgs() {
        return sparkSubmitArgs(ExecutorDefaults.driverJavaOptions());
    }

    private List<String> sparkSubmitArgs(List<String> driverOptions) {
        List<String> a = new ArrayList<>();
        a.add("--master");
        a.add(master);
        if (deployMode != null) {
            a.add("--deploy-mode");
            a.add(deployMode);
        }
        a.add("--class");
        a.add(MAIN_CLASS);
        a.add("--name");
        a.add("nnwb-" + (jobArgs.isEmpty() ? "job" : jobArgs.get(0)));
        if (!files.isEmpty()) {
            a.add("--files");
            a.add(String.join(",", files));
        }
        conf.forEach((k, v) -> {
            a.add("--conf");
            a.add(k + "=" + v);
        });
        if (localMaster()) {
            // the driver trains only in local mode; elsewhere the cluster's own driver options stay as they are
            a.add("--driver-java-options");
            a.add(String.join(" ", driverOptions));
        }
        a.add(jobJar.toString());
        a.addAll(jobArgs);
        return a;
    }

    /** Through a Spark installation: {@code SPARK_HOME/bin/spark-submit ...}. */
    public List<String> throughSparkHome(Path sparkHome) {
        List<String> c = new ArrayList<>();
        c.add(sparkHome.resolve("bin").resolve("spark-submit").toString());
        c.addAll(sparkSubmitArgs());
        return c;
    }

    /**
     * Without a Spark installation: a JVM ({@code java}) running spark-submit's main class on the job jar and
     * {@code sparkClassPath} (Spark's jars), with the driver's options given to that JVM itself.
     */
    public List<String> throughJava(Path javaExe, String sparkClassPath) {
        List<String> c = new ArrayList<>();
        c.add(javaExe.toString());
        c.addAll(MODULE_OPTIONS);
        c.addAll(ExecutorDefaults.driverJavaOptions());
        c.add("-cp");
        c.add(jobJar + java.io.File.pathSeparator + sparkClassPath);
        c.add(SPARK_SUBMIT_CLASS);
        List<String> args = sparkSubmitArgs();
        int opt = args.indexOf("--driver-java-options");
        if (opt >= 0) {
            args.remove(opt + 1);
            args.remove(opt);
        }
        c.addAll(args);
        return c;
    }

    /** The command for a shell on a cluster's gateway: {@code "$SPARK_HOME"/bin/spark-submit ...}, quoted for sh. */
    public String shellLine() {
        StringBuilder sb = new StringBuilder("\"$SPARK_HOME\"/bin/spark-submit");
        for (String a : sparkSubmitArgs(ExecutorDefaults.javaOptions())) {
            sb.append(' ').append(quote(a));
        }
        return sb.toString();
    }

    static String quote(String s) {
        // no [ ] * ? unquoted: local[2] is a shell pattern
        return s.matches("[A-Za-z0-9_./=:,@%+\\-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
