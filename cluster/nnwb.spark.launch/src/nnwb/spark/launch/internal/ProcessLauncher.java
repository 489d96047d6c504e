package nnwb.spark.launch.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkSubmitLine;

/** The {@link SparkLauncher} service: spark-submit as a separate process ({@link SparkLaunch}). */
@Component(service = SparkLauncher.class)
public final class ProcessLauncher implements SparkLauncher {

    @Override
    public Path jobJar(Map<String, String> env) {
        return SparkLaunch.jobJar(env);
    }

    @Override
    public SparkSubmitLine line(String master, Path jobJar, List<String> jobArgs, long predictedBytes) {
        return SparkSubmitLine.of(master, jobJar, jobArgs, predictedBytes);
    }

    @Override
    public void run(SparkSubmitLine line, Map<String, String> env, Consumer<String> log, BooleanSupplier cancelled)
            throws IOException {
        SparkLaunch.runChecked(SparkLaunch.command(line, env), log, cancelled);
    }

    @Override
    public Path export(SparkSubmitLine line, Path jobJar, Path dir) throws IOException {
        return SparkLaunch.export(line, jobJar, dir);
    }

    @Override
    public int failed(String command, String message, boolean json, PrintWriter out, PrintWriter err) {
        return SparkErrors.failed(command, message, json, out, err);
    }
}
