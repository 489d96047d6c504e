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

    /** Grades {@code files} in the order given. */
    public BatchReport grade(Assignment a, List<Path> files) {
        List<SubmissionResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path f : files) {
            String name = display(f);
            try {
                Submission s = AnswersReader.read(f, limits);
                if (!a.id().equals(s.assignmentId())) {
                    problems.add(name + ": answers are for assignment " + Echo.quote(s.assignmentId()) + ", not " + a.id());
                    continue;
                }
                String earlier = seen.putIfAbsent(s.studentId(), name);
                if (earlier != null) {
                    problems.add(name + ": student " + Echo.quote(s.studentId()) + " was already graded from " + earlier
                            + "; this file was skipped");
                    continue;
                }
                results.add(grader.grade(a, s));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                problems.add(name + ": " + Echo.oneLine(String.valueOf(e.getMessage())));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(name + ": could not be graded (" + e.getClass().getSimpleName() + ")");
            }
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

    private static String display(Path f) {
        Path n = f.getFileName();
        String s = Echo.oneLine(n == null ? f.toString() : n.toString());
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
