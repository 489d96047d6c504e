package nnwb.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's main class, run by spark-submit:
 * <pre>
 * sweep --specs SPECS.json --out DIR
 * grade --plugin PLUGIN.jar --dir SUBMISSIONS --csv GRADES.csv [--feedback DIR] [--assignment ID] [--report FILE]
 * </pre>
 * Exit code 0 on success, 2 on bad input with a one-line reason on stderr, 1 on a failure of the job.
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
        if (args[0].equals("sweep")) {
            SweepJob job = SweepJob.of(path(o, "--specs", null), Location.of(path(o, "--out", null).toString()));
            try (JavaSparkContext sc = context("nnwb-sweep")) {
                return job.run(sc);
            }
        }
        Path csv = path(o, "--csv", null);
        Path dir = path(o, "--dir", null);
        GradeJob job = GradeJob.of(path(o, "--plugin", null), o.get("--assignment"), dir, csv,
                path(o, "--feedback", dir.resolve("feedback")), path(o, "--report", null));
        try (JavaSparkContext sc = context("nnwb-grade")) {
            return job.run(sc);
        }
    }

    private static JavaSparkContext context(String name) {
        SparkConf conf = new SparkConf().setAppName(name).setIfMissing("spark.master", "local[*]");
        return new JavaSparkContext(conf);
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

    private static Path path(Map<String, String> o, String key, Path fallback) {
        String v = o.get(key);
        if (v == null) {
            if (fallback == null && !key.equals("--report")) {
                throw new BadInput(key + " is required");
            }
            return fallback;
        }
        return Path.of(v).toAbsolutePath();
    }

    /** Bad input: exit code 2 with the message. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
