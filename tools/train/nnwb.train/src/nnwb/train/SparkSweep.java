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

import nnwb.core.json.Json;
import nnwb.spark.launch.SparkLauncher;
import nnwb.spark.launch.SparkSubmitLine;

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
    public SparkSubmitLine line(SweepPlan plan, String master, Path jobJar, Path specs, Path out) {
        long predicted = plan.cells().stream().filter(SweepCell::fits).mapToLong(SweepCell::predictedBytes).max().orElse(0);
        return launcher.line(master, jobJar, List.of("sweep", "--specs", specs.toString(), "--out", out.toString()),
                predicted);
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

    /** Writes the specs, the job jar and {@code submit.sh} into {@code dir}; returns the script. */
    public Path export(SweepPlan plan, Path base, String master, Path dir, Map<String, String> env) throws IOException {
        Path jar = launcher.jobJar(env);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SPECS), RunSpecs.write(RunSpecs.of(plan, base)), StandardCharsets.UTF_8);
        return launcher.export(line(plan, master, Path.of(jar.getFileName().toString()), Path.of(SPECS), Path.of("runs")),
                jar, dir);
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
