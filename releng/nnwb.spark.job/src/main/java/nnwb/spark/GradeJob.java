package nnwb.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;

import nnwb.assignment.GradeReport;
import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.assignment.OutputFiles;
import nnwb.core.check.Limits;
import nnwb.core.json.Json;

/**
 * The driver of a grading: the answers files are read here (within the grader's limits), each is graded by a
 * Spark task, and the results are merged in file order by {@link BatchGrader#merge}; the grade sheet and the
 * feedback files are the ones {@code nnwb grade} writes, and the report is its JSON.
 */
final class GradeJob {

    private final Path plugin;
    private final Assignment assignment;
    private final Path dir;
    private final Path csv;
    private final Path feedback;
    private final Path report;

    private GradeJob(Path plugin, Assignment assignment, Path dir, Path csv, Path feedback, Path report) {
        this.plugin = plugin;
        this.assignment = assignment;
        this.dir = dir;
        this.csv = csv;
        this.feedback = feedback;
        this.report = report;
    }

    static GradeJob of(Path plugin, String id, Path dir, Path csv, Path feedback, Path report) {
        if (!Files.isDirectory(dir)) {
            throw new SparkJob.BadInput("--dir " + dir + " is not a folder");
        }
        if (feedback.normalize().equals(dir.normalize())) {
            throw new SparkJob.BadInput("--feedback must not be the submissions folder itself");
        }
        Assignment a;
        try {
            a = PluginAssignments.of(plugin);
        } catch (IllegalArgumentException e) {
            throw new SparkJob.BadInput(e.getMessage());
        }
        if (id != null && !id.equals(a.id())) {
            throw new SparkJob.BadInput(plugin + " holds assignment " + a.id() + ", not " + id);
        }
        return new GradeJob(plugin, a, dir, csv, feedback, report);
    }

    int run(JavaSparkContext sc) {
        long start = System.nanoTime();
        List<Path> files;
        try {
            files = BatchGrader.submissionFiles(dir, List.of(feedback, csv));
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot list --dir " + dir + " (" + e.getClass().getSimpleName() + ")");
        }
        List<AnswersFile> loaded = new ArrayList<>();
        files.forEach(f -> loaded.add(AnswersFile.load(f, dir, Limits.DEFAULT)));
        List<BatchGrader.FileGrade> graded = List.of();
        if (!loaded.isEmpty()) {
            sc.addFile(plugin.toString());
            graded = sc.parallelize(loaded, loaded.size()).map(new GradeTask(plugin.getFileName().toString())).collect();
        }
        BatchReport r = BatchGrader.merge(graded);
        try {
            for (String failed : BatchGrader.writeFeedback(r, OutputFiles.folder(feedback))) {
                System.err.println("nnwb spark job: " + failed);
            }
            OutputFiles.folder(csv.toAbsolutePath().getParent());
            OutputFiles.write(csv, GradeCsv.toCsv(assignment, r).getBytes(StandardCharsets.UTF_8));
            String json = Json.write(GradeReport.json(assignment, files.size(), r, feedback, csv, (System.nanoTime() - start) / 1e9));
            if (report != null) {
                Files.writeString(report, json, StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("nnwb spark job: cannot write the grades: " + e.getMessage());
            return 1;
        }
        System.out.println("nnwb spark job: graded " + r.results().size() + " of " + files.size() + " files; grades in " + csv);
        return 0;
    }
}
