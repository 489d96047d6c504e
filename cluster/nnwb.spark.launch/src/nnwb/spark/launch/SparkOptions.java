package nnwb.spark.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Spark user sets for a submission, beyond the master: {@code --conf} settings (applied last, so they win over
 * every default here), executor memory, cores and count, the deploy mode, an event log folder for the history server,
 * the Spark UI (off unless asked for) and JavaCPP's native cache folder on the executors.
 *
 * @param conf           {@code --conf KEY=VALUE} settings, in order
 * @param executorMemory {@code spark.executor.memory}, e.g. {@code 4g}, or null
 * @param executorCores  {@code spark.executor.cores}, or null (the memory overhead is then sized for one task)
 * @param numExecutors   {@code spark.executor.instances}, or null
 * @param deployMode     {@code client}, {@code cluster}, or null (Spark's default, client)
 * @param eventLog       a folder (path or URI) for {@code spark.eventLog.dir}, or null for no event log
 * @param ui             whether the Spark UI runs (with a local master it is bound to 127.0.0.1)
 * @param javacppCache   JavaCPP's cache folder on every executor ({@code org.bytedeco.javacpp.cachedir}), e.g. a
 *                       folder each node keeps; null: the node's shared cache in its temporary folder
 *                       ({@link ExecutorDefaults#NODE_CACHE}), unpacked once per node
 */
public record SparkOptions(Map<String, String> conf, String executorMemory, Integer executorCores, Integer numExecutors,
        String deployMode, String eventLog, boolean ui, String javacppCache) {

    /** No settings: the defaults of {@link ExecutorDefaults}. */
    public static final SparkOptions DEFAULT = new SparkOptions(Map.of(), null, null, null, null, null, false, null);

    /** @throws IllegalArgumentException with a one-line reason for a setting Spark would refuse */
    public SparkOptions {
        conf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conf));
        if (executorMemory != null && !executorMemory.matches("[0-9]+[kKmMgGtT]?")) {
            throw new IllegalArgumentException("--executor-memory expects a size like 4g or 4096m, got '" + executorMemory + "'");
        }
        if (executorCores != null && executorCores < 1 || numExecutors != null && numExecutors < 1) {
            throw new IllegalArgumentException("--executor-cores and --num-executors expect a whole number >= 1");
        }
        if (deployMode != null && !deployMode.equals("client") && !deployMode.equals("cluster")) {
            throw new IllegalArgumentException("--deploy-mode expects client or cluster, got '" + deployMode + "'");
        }
        if (javacppCache != null && javacppCache.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("--javacpp-cache must not contain spaces (Java options are split at them): "
                    + javacppCache);
        }
        if (eventLog != null && cluster(deployMode, conf) && SparkPaths.isLocal(eventLog)) {
            throw new IllegalArgumentException(notShared("--event-log", eventLog));
        }
    }

    /** {@code KEY=VALUE} pairs as settings, in order. */
    public static Map<String, String> confPairs(List<String> pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : pairs == null ? List.<String>of() : pairs) {
            int eq = p.indexOf('=');
            if (eq < 1 || p.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("--spark-conf expects KEY=VALUE, got '" + p + "'");
            }
            m.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return m;
    }

    /** Whether the driver runs on the cluster ({@code --deploy-mode cluster}). */
    public boolean cluster() {
        return cluster(deployMode, conf);
    }

    private static boolean cluster(String deployMode, Map<String, String> conf) {
        return "cluster".equals(deployMode) || "cluster".equals(conf.get("spark.submit.deployMode"));
    }

    private static String notShared(String option, String location) {
        return "--deploy-mode cluster runs the driver on the cluster, which cannot see " + option + " " + location
                + " on this machine: give a URI of the cluster's storage (hdfs://..., s3a://...)";
    }

    /**
     * Checks that {@code location}, given as {@code option}, can be reached by a driver on the cluster.
     *
     * @throws IllegalArgumentException when the driver runs on the cluster and {@code location} is on this machine
     */
    public void requireShared(String option, String location) {
        if (cluster() && SparkPaths.isLocal(location)) {
            throw new IllegalArgumentException(notShared(option, location));
        }
    }
}
