package nnwb.spark.launch;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The paths a Spark job is given: a plain path on this machine, or a URI of the cluster's storage ({@code hdfs://},
 * {@code s3a://}, {@code file:}) that the job opens through Hadoop's file systems. A URI is passed on as it is,
 * never turned into a local folder (a {@code java.nio} path would make {@code hdfs:///x} a folder named
 * {@code hdfs:}).
 */
public final class SparkPaths {

    /** A scheme of two or more characters, so that {@code C:\x} stays a path. */
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

    private SparkPaths() {
    }

    /** Whether {@code location} is a URI rather than a plain path. */
    public static boolean isUri(String location) {
        return location != null && URI.matcher(location).matches();
    }

    /** Whether {@code location} is on this machine only: a plain path or a {@code file:} URI. */
    public static boolean isLocal(String location) {
        return !isUri(location) || location.regionMatches(true, 0, "file:", 0, 5);
    }

    /**
     * The folder {@code --export} names, which must be on this machine: the exported folder (the job jar, the inputs,
     * {@code submit.sh}) is copied to the cluster's gateway and its script run there from a local disk, as spark-submit
     * runs; the job's own outputs in the script may be URIs of the cluster's storage.
     *
     * @throws IllegalArgumentException with a one-line reason when {@code dir} is a URI
     */
    public static Path exportFolder(String dir) {
        if (isUri(dir)) {
            throw new IllegalArgumentException("--export " + dir + " is a URI: the exported folder (submit.sh, the job jar) is run"
                    + " from the gateway's disk, so export to a local folder and copy it there; the job's outputs may be URIs"
                    + " (--out, --csv, --feedback hdfs://...)");
        }
        return Path.of(dir);
    }

    /** {@code location} for the job's command line: a URI as it is, a plain path made absolute here. */
    public static String forJob(String location) {
        return isUri(location) ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }
}
