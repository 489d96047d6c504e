package nnwb.spark.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Submitting the NN Workbench job jar to an Apache Spark cluster without Spark in this JVM: the spark-submit line,
 * its export for a cluster this machine cannot reach, the launch, and the report of a failed job. A Declarative
 * Services service of this bundle; training and grading get it injected. Outside OSGi (a plain JVM, e.g. the job
 * jar's tests) {@link #outsideOsgi()} gives the same implementation.
 */
public interface SparkLauncher {

    /**
     * Environment: the job jar (default: {@code spark/nnwb-spark-job.jar} in the installation, where the update site's
     * optional feature {@code nnwb.spark.feature} installs it).
     */
    String JOB_JAR_ENV = "NNWB_SPARK_JOB_JAR";
    /** Environment: a folder of Spark jars (a Spark distribution's {@code jars/}) when there is no SPARK_HOME. */
    String SPARK_JARS_ENV = "NNWB_SPARK_JARS";
    /** Environment: the java that runs spark-submit's main class (default: this JVM's). */
    String JAVA_ENV = "NNWB_SPARK_JAVA";
    /** The exported script's name. */
    String SCRIPT = "submit.sh";

    /** The launcher in a plain JVM, where no service registry hands it over. */
    static SparkLauncher outsideOsgi() {
        return new nnwb.spark.launch.internal.ProcessLauncher();
    }

    /**
     * The job jar named by {@value #JOB_JAR_ENV} in {@code env}, else {@code spark/nnwb-spark-job.jar} in this
     * installation (the root file of the optional feature {@code nnwb.spark.feature}).
     *
     * @throws IllegalArgumentException with a one-line reason when there is none
     */
    Path jobJar(Map<String, String> env);

    /**
     * A submission of {@code jobJar} with {@code jobArgs} and the executor defaults ({@link ExecutorDefaults}) for
     * tasks predicted at most {@code predictedBytes}.
     */
    SparkSubmitLine line(String master, Path jobJar, List<String> jobArgs, long predictedBytes);

    /**
     * Runs {@code line} as a separate process (SPARK_HOME's spark-submit, else spark-submit's main class on the jars of
     * {@value #SPARK_JARS_ENV}) and waits for it; its output lines go to {@code log} (Spark's INFO/WARN chatter only to
     * a log file whose path is the first line); {@code cancelled} stops it.
     *
     * @throws IllegalArgumentException when there is no Spark to start, or the job refused its input (exit code 2)
     * @throws IllegalStateException    when the job failed; the message gives the cause in one line and the log's path
     */
    void run(SparkSubmitLine line, Map<String, String> env, Consumer<String> log, BooleanSupplier cancelled)
            throws IOException;

    /**
     * Writes a submission for another machine into {@code dir}: the job jar (copied from {@code jobJar}) and
     * {@value #SCRIPT} with the exact spark-submit line of {@code line}, whose paths are relative to {@code dir}. The
     * caller writes the job's inputs there too. Returns the script.
     */
    Path export(SparkSubmitLine line, Path jobJar, Path dir) throws IOException;

    /**
     * Reports a failed Spark job of command {@code command}: one line on {@code err}, and under {@code json} a JSON
     * error object ({@code {"error": "..."}}) on {@code out}. Returns the exit code, 1.
     */
    int failed(String command, String message, boolean json, PrintWriter out, PrintWriter err);
}
