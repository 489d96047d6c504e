package nnwb.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.api.java.function.Function;

import nnwb.compute.ComputeException;
import nnwb.core.check.Echo;
import nnwb.core.json.Json;
import nnwb.train.RunFolder;
import nnwb.train.RunJson;
import nnwb.train.RunProblem;
import nnwb.train.RunResult;
import nnwb.train.RunSpecs;

/**
 * One training run as a Spark task: the spec (JSON) is trained by the workbench's {@code TrainingRunner} into a
 * scratch folder of the executor, which is then published under the job's output folder by one rename
 * ({@link Location#publish}), with the spec beside the run's files ({@value #SPEC}); only a {@link RunSummary} goes
 * back to the driver. An attempt that finds the folder already there (an earlier attempt of this task published it)
 * trains nothing. A run that fails the way a sweep cell fails (bad model or data, out of memory, a native error) comes
 * back with its reason, as {@code SweepRunner} records it, and leaves no folder.
 */
final class RunTask implements Function<String, RunSummary> {

    private static final long serialVersionUID = 1L;
    /** The spec a run folder was trained from, written last: a folder with it is a finished run of that spec. */
    static final String SPEC = "spark-spec.json";

    private final Location out;

    /** {@code out}: the job's output folder, made by the driver. */
    RunTask(Location out) {
        this.out = out;
    }

    @Override
    public RunSummary call(String specJson) throws IOException {
        RunSpecs.Spec spec = RunSpecs.one(specJson);
        Location target = out.child(spec.name());
        try {
            if (target.exists()) {
                return finished(spec.name(), target, RunSummary.TRAINED);
            }
            Path scratch = Files.createTempDirectory("nnwb-run");
            try {
                Path folder = scratch.resolve(spec.name());
                RunResult r = ExecutorCompute.runner().run(spec.config(), folder, null, () -> false);
                Files.writeString(folder.resolve(SPEC), specJson, StandardCharsets.UTF_8);
                if (!target.publish(folder)) {
                    return finished(spec.name(), target, RunSummary.TRAINED);
                }
                return new RunSummary(spec.name(), RunSummary.TRAINED, RunSummary.metrics(RunJson.run(r)), null);
            } finally {
                new LocalLocation(scratch).delete();
            }
        } catch (ComputeException | RunProblem e) {
            return RunSummary.failed(spec.name(), Echo.oneLine(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            return RunSummary.failed(spec.name(), "cannot write the run folder " + target + ": "
                    + Echo.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The summary of the finished run folder {@code folder} (its {@code result.json}). */
    static RunSummary finished(String name, Location folder, String status) throws IOException {
        byte[] result = folder.child(RunFolder.RESULT).read(1 << 20);
        return new RunSummary(name, status, RunSummary.metrics(Json.parse(new String(result, StandardCharsets.UTF_8))), null);
    }
}
