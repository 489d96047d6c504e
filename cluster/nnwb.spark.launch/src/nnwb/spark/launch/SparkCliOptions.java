package nnwb.spark.launch;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The Spark settings of the commands that submit work ({@code nnwb sweep --spark}, {@code nnwb grade --spark}), as a
 * picocli mixin: named as spark-submit names them where it can ({@code --executor-memory}, {@code --deploy-mode}...),
 * with {@code --spark-conf} for spark-submit's {@code --conf}.
 */
public final class SparkCliOptions {

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable), as spark-submit's "
            + "--conf; it wins over the workbench's defaults")
    private List<String> conf = new ArrayList<>();
    @Option(names = "--executor-memory", paramLabel = "SIZE", description = "heap of each executor, e.g. 4g")
    private String executorMemory;
    @Option(names = "--executor-cores", paramLabel = "N", description = "task slots of each executor (default 1); the memory "
            + "overhead is sized for all of them")
    private Integer executorCores;
    @Option(names = "--num-executors", paramLabel = "N", description = "executors to start (YARN, Kubernetes)")
    private Integer numExecutors;
    @Option(names = "--deploy-mode", paramLabel = "MODE", description = "client (default) or cluster: the driver on the "
            + "cluster, every path a URI of the cluster's storage")
    private String deployMode;
    @Option(names = "--event-log", paramLabel = "DIR", description = "write Spark's event log here for the history server "
            + "(spark.eventLog.dir; a folder or hdfs://...)")
    private String eventLog;
    @Option(names = "--spark-ui", description = "run the Spark UI (off by default; with a local master on 127.0.0.1 only)")
    private boolean ui;
    @Option(names = "--javacpp-cache", paramLabel = "DIR", description = "JavaCPP's native cache on every executor, a folder "
            + "each node keeps (default: nnwb-javacpp-USER-VERSION in the executors' temporary folder, unpacked once per "
            + "node; 'javacpp': each executor's work directory, unpacked by every application)")
    private String javacppCache;

    /**
     * The settings given.
     *
     * @throws IllegalArgumentException with a one-line reason for a bad one
     */
    public SparkOptions options() {
        return new SparkOptions(SparkOptions.confPairs(conf), executorMemory, executorCores, numExecutors, deployMode, eventLog,
                ui, javacppCache);
    }

    /**
     * The settings given, checked against the command's own {@code --spark} (null: not given) and whether it exports:
     * an export and any setting need a master.
     *
     * @throws IllegalArgumentException with the one-line reason, for the command's exit code 2
     */
    public SparkOptions checked(String spark, boolean exporting) {
        if (exporting && spark == null) {
            throw new IllegalArgumentException("--export writes a submission for --spark MASTER_URL: give both");
        }
        if (given() && spark == null) {
            throw new IllegalArgumentException(
                    "the Spark settings (--spark-conf, --executor-*, --deploy-mode, ...) need --spark MASTER_URL");
        }
        return options();
    }

    /** Whether any setting was given (they only apply with --spark). */
    public boolean given() {
        return !conf.isEmpty() || executorMemory != null || executorCores != null || numExecutors != null || deployMode != null
                || eventLog != null || ui || javacppCache != null;
    }
}
