package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

import nnwb.spark.launch.ExecutorDefaults;

/** The job's executor Java options are appended to the cluster's own, never replacing them (no Spark started). */
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
}
