package nnwb.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;

import nnwb.assignment.GradeReport;
import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.assignment.GradeRow;
import nnwb.core.check.Limits;
import nnwb.core.json.Json;

/**
 * The driver of a grading: the answers files are read here (within the grader's limits), each is graded by a Spark
 * task ({@link GradeTask}) that writes its own feedback file and record, and the grades are merged in file order by
 * {@link BatchGrader#merge}; the grade sheet, the feedback files and the report are the ones {@code nnwb grade} writes
 * (the report with {@code resumed}: files whose record an earlier submission left).
 * <p>
 * Resumable: the records ({@link GradeRecords}) are kept in {@code CSV.parts} beside the sheet; a file whose record
 * says it was graded by the same plugin, with its feedback file still there, is not graded again. A feedback file's
 * name depends on the other files (a student with two graded files gets one per file): a task writes the name the
 * driver expects from the files it read, and the driver renames the rare one whose neighbour then failed to grade.
 */
final class GradeJob {

    /** The records folder's suffix: {@code grades.csv} keeps them in {@code grades.csv.parts}. */
    static final String RECORDS = ".parts";

    private final Location plugin;
    private final Path localPlugin;
    private final Assignment assignment;
    private final Location dir;
    private final Location csv;
    private final Location feedback;
    private final Location report;

    private GradeJob(Location plugin, Path localPlugin, Assignment assignment, Location dir, Location csv, Location feedback,
            Location report) {
        this.plugin = plugin;
        this.localPlugin = localPlugin;
        this.assignment = assignment;
        this.dir = dir;
        this.csv = csv;
        this.feedback = feedback;
        this.report = report;
    }

    static GradeJob of(Location plugin, String id, Location dir, Location csv, Location feedback, Location report) {
        try {
            if (!dir.isFolder()) {
                throw new SparkJob.BadInput("--dir " + dir + " is not a folder");
            }
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot read --dir " + dir + " (" + e.getMessage() + ")");
        }
        if (feedback.toString().equals(dir.toString())) {
            throw new SparkJob.BadInput("--feedback must not be the submissions folder itself");
        }
        Path local;
        Assignment a;
        try {
            local = localCopy(plugin);
            a = PluginAssignments.of(local);
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot read --plugin " + plugin + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new SparkJob.BadInput(e.getMessage());
        }
        if (id != null && !id.equals(a.id())) {
            throw new SparkJob.BadInput(plugin + " holds assignment " + a.id() + ", not " + id);
        }
        return new GradeJob(plugin, local, a, dir, csv, feedback, report);
    }

    /** The plugin jar as a file here: itself, or a copy of one on a Hadoop file system (the driver loads it). */
    private static Path localCopy(Location plugin) throws IOException {
        if (plugin instanceof LocalLocation l) {
            return l.path();
        }
        byte[] jar = plugin.read(1L << 30);
        Path copy = Files.createTempDirectory("nnwb-plugin").resolve(plugin.name());
        Files.write(copy, jar);
        copy.toFile().deleteOnExit();
        copy.getParent().toFile().deleteOnExit();
        return copy;
    }

    int run(JavaSparkContext sc) {
        long start = System.nanoTime();
        Location records = csv.parent().child(csv.name() + RECORDS);
        List<AnswersFile> loaded;
        try {
            loaded = submissions(records);
        } catch (IOException e) {
            throw new SparkJob.BadInput("cannot list --dir " + dir + " (" + e.getClass().getSimpleName() + ")");
        }
        Location feedbackDir = feedback;
        String pluginHash;
        try {
            pluginHash = GradeRecords.sha256(Files.readAllBytes(localPlugin));
            feedbackDir.mkdirs();
            records.mkdirs();
            for (Location l : List.of(feedbackDir, records)) {
                for (String n : l.removeLeftovers()) {
                    System.out.println("nnwb spark job: removed the unfinished " + l.child(n));
                }
            }
        } catch (IOException e) {
            System.err.println("nnwb spark job: cannot prepare the outputs: " + e.getMessage());
            return 1;
        }
        GradeTask.Outcome[] outcomes = new GradeTask.Outcome[loaded.size()];
        List<GradeTask.Input> todo = new ArrayList<>();
        List<Integer> todoAt = new ArrayList<>();
        Map<String, Integer> perName = new HashMap<>();
        loaded.stream().filter(f -> f.bytes() != null).forEach(f -> perName.merge(f.nameId(), 1, Integer::sum));
        int resumed = 0;
        for (int i = 0; i < loaded.size(); i++) {
            AnswersFile f = loaded.get(i);
            String record = GradeRecords.name(f);
            GradeRecords.Stored s = resumable(f, record, records, feedbackDir, pluginHash);
            if (s != null) {
                outcomes[i] = new GradeTask.Outcome(s.grade(), s.feedback(), null);
                resumed++;
            } else {
                String key = perName.getOrDefault(f.nameId(), 0) > 1 ? f.nameId() + " (" + f.name() + ")" : f.nameId();
                todo.add(new GradeTask.Input(f, key, record));
                todoAt.add(i);
            }
        }
        if (!todo.isEmpty()) {
            sc.addFile(plugin.toString());
            List<GradeTask.Outcome> graded = sc.parallelize(todo, todo.size())
                    .map(new GradeTask(plugin.name(), pluginHash, feedbackDir, records)).collect();
            for (int j = 0; j < graded.size(); j++) {
                outcomes[todoAt.get(j)] = graded.get(j);
            }
        }
        List<BatchGrader.FileGrade> grades = new ArrayList<>();
        for (GradeTask.Outcome o : outcomes) {
            grades.add(o.grade());
            if (o.unwritten() != null) {
                System.err.println("nnwb spark job: " + o.unwritten());
            }
        }
        BatchReport r = BatchGrader.merge(grades);
        try {
            renameFeedback(r, outcomes, loaded, feedbackDir, records, pluginHash);
            csv.parent().mkdirs();
            csv.write(GradeCsv.toCsv(assignment, r).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> doc = GradeReport.json(assignment, loaded.size(), r, Path.of(feedback.toString()), null,
                    (System.nanoTime() - start) / 1e9);
            doc.put("feedback", feedback.toString());
            doc.put("csv", csv.toString());
            doc.put("resumed", resumed);
            if (report != null) {
                report.parent().mkdirs();
                report.write(Json.write(doc).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("nnwb spark job: cannot write the grades: " + e.getMessage());
            return 1;
        }
        System.out.println("nnwb spark job: graded " + r.results().size() + " of " + loaded.size() + " files (" + resumed
                + " resumed from an earlier submission); grades in " + csv);
        return 0;
    }

    /**
     * The answers files of {@code dir} but the job's own outputs: on this machine as {@code nnwb grade} lists and
     * reads them, on a Hadoop file system the same way ({@link StoredSubmissions}).
     */
    private List<AnswersFile> submissions(Location records) throws IOException {
        if (dir instanceof LocalLocation local) {
            List<Path> outputs = new ArrayList<>();
            for (Location l : List.of(feedback, csv, records)) {
                if (l instanceof LocalLocation o) {
                    outputs.add(o.path());
                }
            }
            List<AnswersFile> loaded = new ArrayList<>();
            for (Path f : BatchGrader.submissionFiles(local.path(), outputs)) {
                loaded.add(AnswersFile.load(f, local.path(), Limits.DEFAULT));
            }
            return loaded;
        }
        return StoredSubmissions.load(dir, java.util.Set.of(feedback.toString(), csv.toString(), records.toString()), Limits.DEFAULT);
    }

    /** The record of {@code f} when it can stand for grading it again: same plugin, same file, feedback still there. */
    private static GradeRecords.Stored resumable(AnswersFile f, String record, Location records, Location feedbackDir,
            String pluginHash) {
        if (record == null) {
            return null;
        }
        try {
            Location at = records.child(record);
            GradeRecords.Stored s = at.isFile() ? GradeRecords.read(at.read(1 << 24)) : null;
            if (s == null || !s.plugin().equals(pluginHash) || !s.grade().file().equals(f.name())
                    || !s.grade().nameId().equals(f.nameId())) {
                return null;
            }
            boolean graded = s.grade().result() != null;
            if (graded && (s.feedback() == null || !feedbackDir.child(s.feedback()).isFile())) {
                return null;
            }
            return s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Gives every graded row's feedback file the name {@link BatchGrader#writeFeedback} gives it, where the name a task
     * wrote differs (two files of one student, one of which then failed to grade, or a resumed file whose neighbours
     * changed); the record follows.
     */
    private static void renameFeedback(BatchReport r, GradeTask.Outcome[] outcomes, List<AnswersFile> loaded, Location feedbackDir,
            Location records, String pluginHash) throws IOException {
        Map<String, Integer> perId = new HashMap<>();
        r.rows().stream().filter(GradeRow::graded).forEach(row -> perId.merge(row.student(), 1, Integer::sum));
        for (int i = 0; i < outcomes.length; i++) {
            GradeRow row = r.rows().get(i);
            String have = outcomes[i].feedback();
            if (!row.graded() || have == null) {
                continue;
            }
            String want = GradeTask.feedbackName(perId.get(row.student()) > 1 ? row.student() + " (" + row.file() + ")" : row.student());
            if (!want.equals(have)) {
                feedbackDir.child(have).renameTo(feedbackDir.child(want));
                String record = GradeRecords.name(loaded.get(i));
                if (record != null) {
                    records.child(record).write(GradeRecords.write(new GradeRecords.Stored(pluginHash, want, outcomes[i].grade())));
                }
            }
        }
    }
}
