package nnwb.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;

import nnwb.core.json.Json;
import nnwb.train.RunSpecs;

/**
 * The driver of a sweep: one Spark task per run spec; every run's folder is written under the output folder by
 * its name, as the desktop's sweep writes it, and {@value #SUMMARY} lists the runs with the reason of each that
 * failed ({@code {"runs": [{"name", "problem"}]}}, problem null for a run that trained).
 */
final class SweepJob {

    static final String SUMMARY = "spark-job.json";

    private final List<RunSpecs.Spec> specs;
    private final Path out;

    private SweepJob(List<RunSpecs.Spec> specs, Path out) {
        this.specs = specs;
        this.out = out;
    }

    static SweepJob of(Path specsFile, Path out) {
        try {
            return new SweepJob(RunSpecs.read(Files.readString(specsFile, StandardCharsets.UTF_8)), out);
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot read --specs " + specsFile + " (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            throw new SparkJob.BadInput(specsFile + ": " + e.getMessage());
        }
    }

    int run(JavaSparkContext sc) {
        List<String> json = specs.stream().map(RunSpecs.Spec::json).toList();
        List<RunOutput> outputs = sc.parallelize(json, json.size()).map(new RunTask()).collect();
        List<Object> runs = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (RunOutput o : outputs) {
                o.writeUnder(out);
                Map<String, Object> m = Json.object();
                m.put("name", o.name());
                m.put("problem", o.problem());
                runs.add(m);
            }
            Map<String, Object> doc = Json.object();
            doc.put("runs", runs);
            Files.writeString(out.resolve(SUMMARY), Json.write(doc), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("nnwb spark job: cannot write under " + out + ": " + e.getMessage());
            return 1;
        }
        long failed = outputs.stream().filter(o -> o.problem() != null).count();
        System.out.println("nnwb spark job: " + (outputs.size() - failed) + " of " + outputs.size() + " runs trained; folders under " + out);
        return 0;
    }
}
