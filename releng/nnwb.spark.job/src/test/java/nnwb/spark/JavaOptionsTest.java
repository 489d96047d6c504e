package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import nnwb.spark.launch.ExecutorDefaults;

/**
 * The job's executor Java options are appended to the cluster's own, never replacing them, and GPUs asked of a
 * CPU-only job jar are named in one line (no Spark started).
 */
class JavaOptionsTest {

    private static final String OURS = "-Dnnwb.compute.threads=1 -Dorg.bytedeco.javacpp.cachedir=javacpp";

    @Test
    void theClustersOptionsStayFirstAndOursFollow() {
        SparkConf c = new SparkConf(false).set("spark.executor.extraJavaOptions", "-XX:+UseG1GC -Dsite=a")
                .set(ExecutorDefaults.JAVA_OPTIONS_KEY, OURS);
        assertEquals("-XX:+UseG1GC -Dsite=a " + OURS, SparkJob.appendJavaOptions(c).get("spark.executor.extraJavaOptions"));
        assertEquals("-XX:+UseG1GC -Dsite=a " + OURS, SparkJob.appendJavaOptions(c).get("spark.executor.extraJavaOptions"),
                "appended once");
    }

    @Test
    void withoutClusterOptionsOursAloneAndWithoutOursNothingChanges() {
        assertEquals(OURS, SparkJob.appendJavaOptions(new SparkConf(false).set(ExecutorDefaults.JAVA_OPTIONS_KEY, OURS))
                .get("spark.executor.extraJavaOptions"));
        assertFalse(SparkJob.appendJavaOptions(new SparkConf(false)).contains("spark.executor.extraJavaOptions"));
    }

    @Test
    void gpusAskedOfACpuOnlyJarAreNamedAndACudaJarOrNoGpusSaysNothing() {
        SparkConf gpus = new SparkConf(false).set("spark.executor.resource.gpu.amount", "1");
        String cpu = "nd4j-native linux-x86_64-onednn-avx2";
        assertEquals("this job jar has only CPU natives (nd4j-native linux-x86_64-onednn-avx2): the GPUs Spark gives the executors"
                + " stay unused and the runs train on the CPU; build the jar with the CUDA backend for GPUs", SparkJob.gpuNote(gpus, cpu));
        assertEquals(null, SparkJob.gpuNote(gpus, "nd4j-cuda-11.6 linux-x86_64"));
        assertEquals(null, SparkJob.gpuNote(new SparkConf(false), cpu));
        assertTrue(SparkJob.gpuNote(new SparkConf(false).set("spark.task.resource.gpu.amount", "0.5"), null).contains("unknown"));
    }
}
