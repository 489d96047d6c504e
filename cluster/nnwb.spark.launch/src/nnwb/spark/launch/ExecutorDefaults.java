package nnwb.spark.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executor settings that work by default for the job: one ND4J thread per task ({@code OMP_NUM_THREADS=1} and
 * {@code nnwb.compute.threads=1}: tasks share an executor's cores), JavaCPP's native cache shared by every executor of a
 * node (the job resolves {@value #NODE_CACHE} in the executor's {@code java.io.tmpdir}) or a folder given, DL4J's
 * oneDNN helpers on, and a memory
 * overhead sized from the engine's prediction for every task slot of an executor: ND4J allocates natively, outside
 * the heap Spark sizes, and each slot trains at the same time.
 */
public final class ExecutorDefaults {

    /** Native libraries (the oneDNN build maps about 365 MB) and JavaCPP's own use, per executor. */
    public static final long NATIVE_BASE_MIB = 768;
    /** Process memory grew 1.8-2.6 times the engine's training prediction (DL4J-NOTES.md): allow 3. */
    public static final int PREDICTION_FACTOR = 3;
    /**
     * The job's executor Java options go here; the job appends them to the cluster's
     * {@code spark.executor.extraJavaOptions} (a {@code --conf} of that key would replace the cluster's own).
     */
    public static final String JAVA_OPTIONS_KEY = "spark.nnwb.executor.javaOptions";
    /**
     * The default native cache of an executor, resolved on its node by the job: this name plus {@code -USER-DL4JVERSION}
     * in the executor's {@code java.io.tmpdir}, so that every executor and every later job of that user on the node loads
     * the natives unpacked by the first (JavaCPP locks the folder while it extracts).
     */
    public static final String NODE_CACHE = "nnwb-javacpp";
    /** {@code --javacpp-cache} value for one cache per executor, in its work directory (unpacked by every application). */
    public static final String PER_EXECUTOR_CACHE = "javacpp";

    private ExecutorDefaults() {
    }

    /** The JVM options a process that trains gets (an executor, or the driver in local mode). */
    public static List<String> javaOptions() {
        return javaOptions(null);
    }

    /**
     * {@link #javaOptions()} with JavaCPP's cache in {@code javacppCache}; null: no cache option, so that the job uses the
     * node's shared cache ({@link #NODE_CACHE}); {@value #PER_EXECUTOR_CACHE} (a relative folder): each executor's work
     * directory.
     */
    public static List<String> javaOptions(String javacppCache) {
        if (javacppCache == null || javacppCache.isBlank()) {
            return List.of("-Dnnwb.compute.threads=1", "-Dorg.eclipse.deeplearning4j.helpers.disable=false");
        }
        if (javacppCache.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("--javacpp-cache must not contain spaces (Java options are split at them): "
                    + javacppCache);
        }
        return List.of("-Dnnwb.compute.threads=1", "-Dorg.bytedeco.javacpp.cachedir=" + javacppCache,
                "-Dorg.eclipse.deeplearning4j.helpers.disable=false");
    }

    /**
     * The options of the driver, which also trains in local mode: as {@link #javaOptions()}, but with this JVM's
     * JavaCPP cache when it has one (the workbench's, already unpacked) instead of the node's shared one.
     */
    public static List<String> driverJavaOptions() {
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        return javaOptions(cache == null || cache.isBlank() || cache.chars().anyMatch(Character::isWhitespace) ? null : cache);
    }

    /** {@code spark.executor.memoryOverhead} in MiB for one task the engine predicts at most {@code predictedBytes} for. */
    public static long memoryOverheadMiB(long predictedBytes) {
        return memoryOverheadMiB(predictedBytes, 1);
    }

    /** {@code spark.executor.memoryOverhead} in MiB for {@code slots} tasks at once, each predicted {@code predictedBytes}. */
    public static long memoryOverheadMiB(long predictedBytes, int slots) {
        long mib = (Math.max(predictedBytes, 0) * PREDICTION_FACTOR + (1 << 20) - 1) >> 20;
        return NATIVE_BASE_MIB + Math.max(1, slots) * mib;
    }

    /** The {@code --conf} settings for one-task executors, in order. */
    public static Map<String, String> conf(long predictedBytes) {
        return conf(predictedBytes, SparkOptions.DEFAULT);
    }

    /**
     * The {@code --conf} settings of a submission with {@code options}, in order: the defaults, then the options, then
     * the user's own {@code --conf} settings, which win. The memory overhead is sized for the executor's task slots
     * ({@code spark.executor.cores / spark.task.cpus}) unless the user set it.
     */
    public static Map<String, String> conf(long predictedBytes, SparkOptions options) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spark.executorEnv.OMP_NUM_THREADS", "1");
        m.put(JAVA_OPTIONS_KEY, String.join(" ", javaOptions(options.javacppCache())));
        m.put("spark.task.cpus", "1");
        m.put("spark.ui.enabled", Boolean.toString(options.ui()));
        if (options.executorMemory() != null) {
            m.put("spark.executor.memory", options.executorMemory());
        }
        m.put("spark.executor.cores", Integer.toString(options.executorCores() == null ? 1 : options.executorCores()));
        if (options.numExecutors() != null) {
            m.put("spark.executor.instances", Integer.toString(options.numExecutors()));
        }
        if (options.eventLog() != null) {
            m.put("spark.eventLog.enabled", "true");
            m.put("spark.eventLog.dir", SparkPaths.forJob(options.eventLog()));
        }
        m.putAll(options.conf());
        if (!options.conf().containsKey("spark.executor.memoryOverhead")) {
            int slots = Math.max(1, number(m.get("spark.executor.cores"), 1) / Math.max(1, number(m.get("spark.task.cpus"), 1)));
            m.put("spark.executor.memoryOverhead", memoryOverheadMiB(predictedBytes, slots) + "m");
        }
        return m;
    }

    private static int number(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
