package nnwb.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;

import nnwb.core.json.Json;
import nnwb.train.RunSpecs;

/**
 * The driver of a sweep: one Spark task per run spec ({@link RunTask}); each task writes its run folder under the
 * output folder by its name, as the desktop's sweep writes it, and sends back a small {@link RunSummary}. The driver
 * writes {@value #SUMMARY}: {@code {"runs": [{"name", "status", "problem", "valAccuracy", ...}], "trained", "skipped",
 * "failed"}} (problem null for a run that trained).
 * <p>
 * Resumable: a spec whose folder a previous submission finished (it holds {@value RunTask#SPEC} with the same spec)
 * is skipped and reported {@code skipped}; temporaries of writes that never finished are removed first. A folder of
 * that name holding anything else is refused (exit 2): a sweep never replaces a run it did not write.
 */
final class SweepJob {

    static final String SUMMARY = "spark-job.json";

    private final List<RunSpecs.Spec> specs;
    private final Location out;

    private SweepJob(List<RunSpecs.Spec> specs, Location out) {
        this.specs = specs;
        this.out = out;
    }

    static SweepJob of(Location specsFile, Location out) {
        try {
            byte[] text = specsFile.read(1 << 28);
            return new SweepJob(RunSpecs.read(new String(text, StandardCharsets.UTF_8)), out);
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot read --specs " + specsFile + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new SparkJob.BadInput(specsFile + ": " + e.getMessage());
        }
    }

    int run(JavaSparkContext sc) {
        Map<String, RunSummary> done = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>();
        try {
            out.mkdirs();
            for (String n : out.removeLeftovers()) {
                System.out.println("nnwb spark job: removed the unfinished " + n);
            }
            for (RunSpecs.Spec s : specs) {
                RunSummary finished = finished(s);
                if (finished != null) {
                    done.put(s.name(), finished);
                } else {
                    todo.add(s.json());
                }
            }
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot use --out " + out + ": " + e.getMessage());
        }
        if (!todo.isEmpty()) {
            for (RunSummary r : sc.parallelize(todo, todo.size()).map(new RunTask(out)).collect()) {
                done.put(r.name(), r);
            }
        }
        List<Object> runs = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of(RunSummary.TRAINED, RunSummary.SKIPPED, RunSummary.FAILED)) {
            counts.put(status, 0);
        }
        for (RunSpecs.Spec s : specs) {
            RunSummary r = visible(done.get(s.name()));
            runs.add(r.json());
            counts.merge(r.status(), 1, Integer::sum);
        }
        Map<String, Object> doc = Json.object();
        doc.put("runs", runs);
        counts.forEach(doc::put);
        try {
            out.removeLeftovers();
            out.child(SUMMARY).write(Json.write(doc).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("nnwb spark job: cannot write under " + out + ": " + e.getMessage());
            return 1;
        }
        System.out.println("nnwb spark job: " + counts.get(RunSummary.TRAINED) + " runs trained, " + counts.get(RunSummary.SKIPPED)
                + " already finished (skipped), " + counts.get(RunSummary.FAILED) + " failed, of " + specs.size()
                + "; folders under " + out);
        return 0;
    }

    /**
     * The summary of {@code s}'s folder when a previous submission finished it, or null when there is none.
     *
     * @throws SparkJob.BadInput when a folder of that name holds something else
     */
    private RunSummary finished(RunSpecs.Spec s) throws IOException {
        Location folder = out.child(s.name());
        if (!folder.exists()) {
            return null;
        }
        Location spec = folder.child(RunTask.SPEC);
        if (!folder.isFolder() || !spec.isFile()) {
            throw new SparkJob.BadInput(folder + " is there but was not written by a Spark sweep: give another --out, or move it");
        }
        if (!new String(spec.read(1 << 24), StandardCharsets.UTF_8).equals(s.json())) {
            throw new SparkJob.BadInput(folder + " holds a run of another spec: give another --out, or remove that folder to"
                    + " train it again");
        }
        return RunTask.finished(s.name(), folder, RunSummary.SKIPPED);
    }

    /**
     * {@code r}, or a failure when its task says it trained but the driver does not see the folder: the executor wrote
     * to a disk of its own (a plain --out path that is not shared by every node).
     */
    private RunSummary visible(RunSummary r) {
        try {
            if (r.problem() == null && !out.child(r.name()).isFolder()) {
                return RunSummary.failed(r.name(), "trained, but its folder is not in " + out + " as the driver sees it:"
                        + " the output must be a folder every node shares (hdfs://..., a shared mount)");
            }
        } catch (IOException e) {
            return RunSummary.failed(r.name(), "its folder cannot be read: " + e.getMessage());
        }
        return r;
    }
}
