package nnwb.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkPaths;
import nnwb.spark.launch.SparkSubmitLine;
import nnwb.core.json.Json;

/**
 * A sweep's cells on a Spark cluster instead of here: the cells that fit become run specs, the job jar trains each
 * as a Spark task, and the run folders come back under the sweep's folder by cell name, as {@link SweepRunner}
 * writes them; or the specs, the job jar and the exact spark-submit line are exported for a cluster this machine
 * cannot reach. Spark never loads in this JVM: the {@link SparkLauncher} service starts it.
 */
public final class SparkSweep {

    /** The specs file in the sweep's folder. */
    public static final String SPECS = "specs.json";
    /** The job's list of runs and their problems ({@code nnwb.spark.SweepJob}). */
    public static final String SUMMARY = "spark-job.json";

    private final SparkLauncher launcher;

    /** Sweeps launched by {@code launcher}. */
    public SparkSweep(SparkLauncher launcher) {
        this.launcher = launcher;
    }

    /** A cell and its folder read back, or the reason it has none. */
    public record Imported(SweepCell cell, RunFolder.Record run, String problem) {
    }

    /** The submission of {@code plan}'s cells that fit: specs in {@code specs}, run folders into {@code out}. */
    public static SparkSubmitLine line(SweepPlan plan, String master, Path jobJar, Path specs, Path out) {
        return line(plan, master, jobJar, specs.toString(), out.toString());
    }

    /**
     * The submission of {@code plan}'s cells that fit: specs in {@code specs}, run folders into {@code out}, each a
     * path or a URI of the cluster's storage ({@code hdfs://...}), passed to the job as they are.
     */
    public static SparkSubmitLine line(SweepPlan plan, String master, Path jobJar, String specs, String out) {
        return line(plan, master, jobJar, specs, out, SparkOptions.DEFAULT);
    }

    /**
     * {@link #line(SweepPlan, String, Path, String, String)} with the user's Spark settings. With
     * {@code --deploy-mode cluster} the specs (written here) are shipped with the job ({@code --files}) and named by
     * their file name, and {@code out} must be on the cluster's storage.
     *
     * @throws IllegalArgumentException when the driver runs on the cluster and {@code out} is a local path
     */
    public static SparkSubmitLine line(SweepPlan plan, String master, Path jobJar, String specs, String out, SparkOptions options) {
        long predicted = plan.cells().stream().filter(SweepCell::fits).mapToLong(SweepCell::predictedBytes).max().orElse(0);
        options.requireShared("--out", out);
        if (options.cluster() && SparkPaths.isLocal(specs)) {
            return SparkSubmitLine.of(master, jobJar, List.of("sweep", "--specs", Path.of(specs).getFileName().toString(), "--out",
                    out), predicted, options, List.of(specs));
        }
        return SparkSubmitLine.of(master, jobJar, List.of("sweep", "--specs", specs, "--out", out), predicted, options, List.of());
    }

    /**
     * Trains the plan on {@code master}: writes {@value #SPECS} into {@code folder} and runs the job (its output lines
     * to {@code log}); the run folders are then under {@code folder}.
     *
     * @throws IllegalArgumentException when there is no job jar or no Spark to start, or the job refused its input
     * @throws IllegalStateException    when the job failed
     */
    public void run(SweepPlan plan, Path base, String master, Path folder, Map<String, String> env,
            Consumer<String> log, BooleanSupplier cancelled) throws IOException {
        Path jar = launcher.jobJar(env);
        Files.createDirectories(folder);
        Path specs = folder.resolve(SPECS);
        Files.writeString(specs, RunSpecs.write(RunSpecs.of(plan, base)), StandardCharsets.UTF_8);
        launcher.run(line(plan, master, jar, specs.toAbsolutePath(), folder.toAbsolutePath()), env, log, cancelled);
    }

    /**
     * Trains the plan on {@code master} into {@code out}, a local folder ({@link #run(SweepPlan, Path, String, Path, Map,
     * Consumer, BooleanSupplier)}) or a URI of the cluster's storage ({@code hdfs://...}), which is passed to the job
     * as it is: the specs then go to a temporary folder here, and the run folders stay on the cluster's storage.
     */
    public void run(SweepPlan plan, Path base, String master, String out, Map<String, String> env,
            Consumer<String> log, BooleanSupplier cancelled) throws IOException {
        run(plan, base, master, out, SparkOptions.DEFAULT, env, log, cancelled);
    }

    /** {@link #run(SweepPlan, Path, String, String, Map, Consumer, BooleanSupplier)} with the user's Spark settings. */
    public void run(SweepPlan plan, Path base, String master, String out, SparkOptions options, Map<String, String> env,
            Consumer<String> log, BooleanSupplier cancelled) throws IOException {
        options.requireShared("--out", out);
        if (!SparkPaths.isUri(out)) {
            Path jar = launcher.jobJar(env);
            Path folder = Path.of(out);
            Files.createDirectories(folder);
            Path specs = folder.resolve(SPECS);
            Files.writeString(specs, RunSpecs.write(RunSpecs.of(plan, base)), StandardCharsets.UTF_8);
            launcher.run(line(plan, master, jar, specs.toAbsolutePath().toString(),
                    folder.toAbsolutePath().toString(), options), env, log, cancelled);
            return;
        }
        Path jar = launcher.jobJar(env);
        Path specs = Files.createTempDirectory("nnwb-sweep").resolve(SPECS);
        try {
            Files.writeString(specs, RunSpecs.write(RunSpecs.of(plan, base)), StandardCharsets.UTF_8);
            launcher.run(line(plan, master, jar, specs.toString(), out, options), env, log, cancelled);
        } finally {
            Files.deleteIfExists(specs);
            Files.deleteIfExists(specs.getParent());
        }
    }

    /** Writes the specs, the job jar and {@code submit.sh} into {@code dir}; returns the script. */
    public Path export(SweepPlan plan, Path base, String master, Path dir, Map<String, String> env) throws IOException {
        return export(plan, base, master, dir, SparkOptions.DEFAULT, env);
    }

    /**
     * {@link #export(SweepPlan, Path, String, Path, Map)} with the user's Spark settings.
     *
     * @throws IllegalArgumentException with {@code --deploy-mode cluster}: the exported job writes {@code runs/} beside
     *                                  the script, which a driver on the cluster cannot reach
     */
    public Path export(SweepPlan plan, Path base, String master, Path dir, SparkOptions options, Map<String, String> env)
            throws IOException {
        return export(plan, base, master, dir, "runs", options, env);
    }

    /**
     * {@link #export(SweepPlan, Path, String, Path, SparkOptions, Map)} with the run folders going to {@code out}:
     * {@code runs} (beside the script), or a URI of the cluster's storage ({@code hdfs://...}) that the exported job
     * writes to, which also allows {@code --deploy-mode cluster} (the specs are then shipped with {@code --files}).
     *
     * @throws IllegalArgumentException when {@code dir} is a URI: the exported folder holds the script, which runs from
     *                                  the gateway's disk, and the job jar it submits
     */
    public Path export(SweepPlan plan, Path base, String master, Path dir, String out, SparkOptions options,
            Map<String, String> env) throws IOException {
        SparkPaths.exportFolder(dir.toString());
        SparkSubmitLine line = line(plan, master, Path.of(launcher.jobJar(env).getFileName().toString()), SPECS, out, options);
        Path jar = launcher.jobJar(env);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SPECS), RunSpecs.write(RunSpecs.of(plan, base)), StandardCharsets.UTF_8);
        return launcher.export(line, jar, dir);
    }

    /**
     * The cells of {@code plan} with their folders under {@code folder} (a finished job's output, or an exported
     * folder's {@code runs/} copied back): the folder read, or why there is none.
     */
    public static List<Imported> read(SweepPlan plan, Path folder) throws IOException {
        Map<String, String> problems = new java.util.HashMap<>();
        Path summary = folder.resolve(SUMMARY);
        if (Files.isRegularFile(summary) && Json.parse(Files.readString(summary)) instanceof Map<?, ?> m
                && m.get("runs") instanceof List<?> runs) {
            for (Object o : runs) {
                if (o instanceof Map<?, ?> r && r.get("problem") instanceof String p) {
                    problems.put(String.valueOf(r.get("name")), p);
                }
            }
        }
        List<Imported> out = new ArrayList<>();
        for (SweepCell c : plan.cells()) {
            Path run = folder.resolve(c.name());
            if (!c.fits()) {
                out.add(new Imported(c, null, "predicted " + c.fitsBytes() + " B (" + c.fitsConvention() + "), above the budget: not run"));
            } else if (Files.isRegularFile(run.resolve(RunFolder.CONFIG))) {
                out.add(new Imported(c, RunFolder.read(run), null));
            } else {
                out.add(new Imported(c, null, problems.getOrDefault(c.name(), "no run folder " + run)));
            }
        }
        return out;
    }
}
