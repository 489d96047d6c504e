package nnwb.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import nnwb.spark.launch.ExecutorDefaults;

/**
 * The job's main class, run by spark-submit:
 * <pre>
 * sweep --specs SPECS.json --out DIR
 * grade --plugin PLUGIN.jar --dir SUBMISSIONS --csv GRADES.csv [--feedback DIR] [--assignment ID] [--report FILE]
 * </pre>
 * Every file and folder is a plain path (on the driver's machine, and on a cluster a folder every node shares), a
 * {@code file:} URI, or a URI of a file system the cluster's Hadoop serves ({@code hdfs://...}, {@code s3a://...}).
 * Exit code 0 on success, 2 on bad input (an unknown URI scheme included) with a one-line reason on stderr, 1 on a
 * failure of the job.
 */
public final class SparkJob {

    private SparkJob() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (BadInput e) {
            System.err.println("nnwb spark job: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int run(String[] args) {
        if (args.length == 0 || !(args[0].equals("sweep") || args[0].equals("grade"))) {
            throw new BadInput("usage: sweep --specs FILE --out DIR | grade --plugin JAR --dir DIR --csv FILE [--feedback DIR]"
                    + " [--assignment ID] [--report FILE]");
        }
        Map<String, String> o = options(args);
        SparkConf conf = appendJavaOptions(new SparkConf().setAppName("nnwb-" + args[0]).setIfMissing("spark.master", "local[*]"));
        HadoopConf hadoop = HadoopConf.of(conf);
        String gpu = gpuNote(conf, backend());
        if (gpu != null) {
            System.err.println("nnwb spark job: " + gpu);
        }
        if (args[0].equals("sweep")) {
            SweepJob job = SweepJob.of(location(o, "--specs", hadoop), location(o, "--out", hadoop));
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                return job.run(sc);
            }
        }
        Location dir = location(o, "--dir", hadoop);
        Location csv = location(o, "--csv", hadoop);
        Location feedback = o.containsKey("--feedback") ? location(o, "--feedback", hadoop) : dir.child("feedback");
        Location report = o.containsKey("--report") ? location(o, "--report", hadoop) : null;
        GradeJob job = GradeJob.of(location(o, "--plugin", hadoop), o.get("--assignment"), dir, csv, feedback, report);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return job.run(sc);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> known = List.of("--specs", "--out", "--plugin", "--dir", "--csv", "--feedback", "--assignment", "--report");
        for (int i = 1; i < args.length; i++) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new BadInput("unknown option or missing value: " + args[i]);
            }
            m.put(args[i], args[++i]);
        }
        return m;
    }

    /**
     * {@code conf} with the job's executor Java options ({@link ExecutorDefaults#JAVA_OPTIONS_KEY}) appended to the
     * cluster's {@code spark.executor.extraJavaOptions} (from its spark-defaults.conf or a --conf), not replacing them.
     */
    static SparkConf appendJavaOptions(SparkConf conf) {
        String ours = conf.get(ExecutorDefaults.JAVA_OPTIONS_KEY, "").strip();
        if (!ours.isEmpty()) {
            String theirs = conf.get("spark.executor.extraJavaOptions", "").strip();
            if (!(" " + theirs + " ").contains(" " + ours + " ")) {
                conf.set("spark.executor.extraJavaOptions", theirs.isEmpty() ? ours : theirs + " " + ours);
            }
        }
        return conf;
    }

    /**
     * What to say when the submission asks Spark for GPUs ({@code spark.executor.resource.gpu.amount},
     * {@code spark.task.resource.gpu.amount}) and {@code backend}, the ND4J build in this jar, has only CPU natives; null
     * otherwise.
     */
    static String gpuNote(SparkConf conf, String backend) {
        boolean gpus = conf.contains("spark.executor.resource.gpu.amount") || conf.contains("spark.task.resource.gpu.amount");
        if (!gpus || backend != null && backend.contains("cuda")) {
            return null;
        }
        return "this job jar has only CPU natives (" + (backend == null ? "ND4J backend unknown" : backend) + "): the GPUs Spark"
                + " gives the executors stay unused and the runs train on the CPU; build the jar with the CUDA backend for GPUs";
    }

    /** The ND4J build this jar carries, from its manifest ({@code NNWB-ND4J-Backend}), or null outside the jar. */
    private static String backend() {
        try {
            java.net.URL at = SparkJob.class.getProtectionDomain().getCodeSource().getLocation();
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(java.nio.file.Path.of(at.toURI()).toFile())) {
                return jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("NNWB-ND4J-Backend");
            }
        } catch (Exception e) { // a class folder (tests) or an unreadable jar: unknown
            return null;
        }
    }

    /** The value of option {@code key} as a plain path or a URI ({@link Location#of(String, HadoopConf)}). */
    private static Location location(Map<String, String> o, String key, HadoopConf hadoop) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new BadInput(key + " is required");
        }
        return Location.of(v, hadoop);
    }

    /** Bad input: exit code 2 with the message. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
