package nnwb.core.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/**
 * Grades a list of answers files one after another in this thread. A bad file (too big, not
 * JSON, truncated, for another assignment, a student already graded) costs that file one line
 * in {@link BatchReport#problems()} and never stops the batch. Feedback files are named by
 * {@link SafeFileNames}, never by anything a submission says.
 */
public final class BatchGrader {

    private final Grader grader;
    private final Limits limits;

    public BatchGrader(Limits limits) {
        this.limits = limits;
        this.grader = new Grader(limits);
    }

    /**
     * The entries named *.json directly inside {@code dir}, by name. Links and folders are kept so that grading
     * reports each in one line ("not a regular file"); it never follows them.
     */
    public static List<Path> answersFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                files.add(p);
            }
        }
        files.sort(null);
        return files;
    }

    /** Grades {@code files} in the order given. */
    public BatchReport grade(Assignment a, List<Path> files) {
        List<FileGrade> graded = new ArrayList<>();
        for (Path f : files) {
            graded.add(grade(a, AnswersFile.load(f, limits)));
        }
        return merge(graded);
    }

    /**
     * What grading one answers file gave: the student's result, or the one-line problem with the file. Serializable
     * (a Spark task returns it); {@link #merge} turns a batch of them into a report.
     */
    public record FileGrade(String file, SubmissionResult result, String problem) implements java.io.Serializable {
    }

    /** Grades one file on its own; a bad file becomes a problem, never an exception. */
    public FileGrade grade(Assignment a, AnswersFile f) {
        String name = f.name();
        if (f.problem() != null) {
            return new FileGrade(name, null, name + ": " + f.problem());
        }
        try {
            Submission s = AnswersReader.read(f.bytes(), limits);
            if (!a.id().equals(s.assignmentId())) {
                return new FileGrade(name, null,
                        name + ": answers are for assignment " + Echo.quote(s.assignmentId()) + ", not " + a.id());
            }
            return new FileGrade(name, grader.grade(a, s), null);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new FileGrade(name, null, name + ": " + Echo.oneLine(String.valueOf(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            return new FileGrade(name, null, name + ": could not be graded (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The report of files graded one by one, in the order given: a student graded from an earlier file is not
     * graded again (one line says from which file).
     */
    public static BatchReport merge(List<FileGrade> graded) {
        List<SubmissionResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (FileGrade g : graded) {
            if (g.result() == null) {
                problems.add(g.problem());
                continue;
            }
            String earlier = seen.putIfAbsent(g.result().studentId(), g.file());
            if (earlier != null) {
                problems.add(g.file() + ": student " + Echo.quote(g.result().studentId()) + " was already graded from "
                        + earlier + "; this file was skipped");
                continue;
            }
            results.add(g.result());
        }
        return new BatchReport(results, problems);
    }

    /**
     * Writes one student-audience feedback file per result into {@code dir}, named from the
     * student id by {@link SafeFileNames}; returns the files written.
     */
    public static List<Path> writeFeedback(List<SubmissionResult> results, Path dir) {
        List<Path> written = new ArrayList<>();
        for (SubmissionResult r : results) {
            Path file = SafeFileNames.in(dir, r.studentId(), ".feedback.json");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                FeedbackJson.write(r, Audience.STUDENT, w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.getFileName(), e);
            }
            written.add(file);
        }
        return written;
    }
}
