package nnwb.spark.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executor settings that work by default for the job: one ND4J thread per task ({@code OMP_NUM_THREADS=1} and
 * {@code nnwb.compute.threads=1}: tasks share an executor's cores), JavaCPP's native cache in the executor's work
 * directory (a relative path; executors start there), DL4J's oneDNN helpers on, and a memory overhead sized from
 * the engine's prediction: ND4J allocates natively, outside the heap Spark sizes.
 */
public final class ExecutorDefaults {

    /** Native libraries (the oneDNN build maps about 365 MB) and JavaCPP's own use, per executor. */
    public static final long NATIVE_BASE_MIB = 768;
    /** Process memory grew 1.8-2.6 times the engine's training prediction (DL4J-NOTES.md): allow 3. */
    public static final int PREDICTION_FACTOR = 3;

    private ExecutorDefaults() {
    }

    /** The JVM options a process that trains gets (an executor, or the driver in local mode). */
    public static List<String> javaOptions() {
        return List.of("-Dnnwb.compute.threads=1", "-Dorg.bytedeco.javacpp.cachedir=javacpp",
                "-Dorg.eclipse.deeplearning4j.helpers.disable=false");
    }

    /**
     * The options of the driver, which also trains in local mode: as {@link #javaOptions()}, but with this JVM's
     * JavaCPP cache when it has one (the workbench's, already unpacked) instead of the working directory.
     */
    public static List<String> driverJavaOptions() {
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        if (cache == null || cache.isBlank()) {
            return javaOptions();
        }
        return javaOptions().stream().map(o -> o.startsWith("-Dorg.bytedeco.javacpp.cachedir=")
                ? "-Dorg.bytedeco.javacpp.cachedir=" + cache : o).toList();
    }

    /** {@code spark.executor.memoryOverhead} in MiB for tasks the engine predicts at most {@code predictedBytes} for. */
    public static long memoryOverheadMiB(long predictedBytes) {
        long mib = (Math.max(predictedBytes, 0) * PREDICTION_FACTOR + (1 << 20) - 1) >> 20;
        return NATIVE_BASE_MIB + mib;
    }

    /** The {@code --conf} settings, in order. */
    public static Map<String, String> conf(long predictedBytes) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spark.executorEnv.OMP_NUM_THREADS", "1");
        m.put("spark.executor.extraJavaOptions", String.join(" ", javaOptions()));
        m.put("spark.executor.memoryOverhead", memoryOverheadMiB(predictedBytes) + "m");
        m.put("spark.task.cpus", "1");
        return m;
    }
}
