package nnwb.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.spark.api.java.function.Function;

import nnwb.compute.ComputeException;
import nnwb.core.check.Echo;
import nnwb.train.RunProblem;
import nnwb.train.RunSpecs;

/**
 * One training run as a Spark task: the spec (JSON) is trained by the workbench's {@code TrainingRunner}, which
 * writes the run folder in a scratch folder of the executor; its files go back to the driver. A run that fails
 * the way a sweep cell fails (bad model or data, out of memory, a native error) comes back with its reason, as
 * {@code SweepRunner} records it.
 */
final class RunTask implements Function<String, RunOutput> {

    private static final long serialVersionUID = 1L;

    @Override
    public RunOutput call(String specJson) throws IOException {
        RunSpecs.Spec spec = RunSpecs.one(specJson);
        Path scratch = Files.createTempDirectory("nnwb-run");
        try {
            Path folder = scratch.resolve(spec.name());
            ExecutorCompute.runner().run(spec.config(), folder, null, () -> false);
            return RunOutput.of(spec.name(), folder);
        } catch (ComputeException | RunProblem e) {
            return RunOutput.failed(spec.name(), Echo.oneLine(String.valueOf(e.getMessage())));
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
