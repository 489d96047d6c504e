package nnwb.core.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/**
 * Grades a list of answers files one after another in this thread. A bad file (too big, not JSON, truncated,
 * for another assignment, a model that expands without end, a check that runs out of memory or stack) costs
 * that file one line in {@link BatchReport#problems()} and its row says why; it never stops the batch. The
 * student of a row comes from the file or folder name unless {@link IdSource#ANSWERS} is asked for; a student
 * claimed by more than one file is flagged on every row concerned, never silently resolved. Feedback files are
 * named by {@link SafeFileNames}, never by anything a submission says, and written by {@link OutputFiles}.
 */
public final class BatchGrader {

    private final Grader grader;
    private final Limits limits;
    private final IdSource ids;

    /** Student ids from the file or folder names. */
    public BatchGrader(Limits limits) {
        this(limits, IdSource.FILE_NAME);
    }

    /** Student ids from {@code ids}. */
    public BatchGrader(Limits limits, IdSource ids) {
        this.limits = limits;
        this.ids = ids;
        this.grader = new Grader(limits);
    }

    /**
     * The entries named *.json directly inside {@code dir}, by name. Links and folders are kept so that grading
     * reports each in one line ("not a regular file"); it never follows them.
     */
    public static List<Path> answersFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                files.add(p);
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * The answers files of a submissions folder as LMS exports lay them out: the {@link #answersFiles} directly
     * inside {@code dir}, then those inside each student's folder (a real folder, never a link, one level down),
     * by name; a student's folder that is a link is listed itself, unread, so that it gets its row with the reason.
     * The paths in {@code outputs} (the grader's own feedback folder, say) are left out.
     */
    public static List<Path> submissionFiles(Path dir, Collection<Path> outputs) throws IOException {
        Set<Path> skip = new HashSet<>();
        outputs.forEach(o -> skip.add(o.toAbsolutePath().normalize()));
        List<Path> files = new ArrayList<>();
        for (Path f : answersFiles(dir)) {
            if (!skip.contains(f.toAbsolutePath().normalize())) {
                files.add(f);
            }
        }
        List<Path> folders = new ArrayList<>();
        List<Path> linkedFolders = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> !p.getFileName().toString().endsWith(".json"))) {
            for (Path p : ds) {
                if (skip.contains(p.toAbsolutePath().normalize())) {
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p);
                } else if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
                    linkedFolders.add(p);
                }
            }
        }
        // a student's folder that is a link is never followed, but it gets its row ("not a regular file")
        linkedFolders.sort(null);
        files.addAll(linkedFolders);
        folders.sort(null);
        for (Path folder : folders) {
            for (Path f : answersFiles(folder)) {
                if (!skip.contains(f.toAbsolutePath().normalize())) {
                    files.add(f);
                }
            }
        }
        return files;
    }

    /** Grades {@code files} in the order given; each file's name (without .json) is its student id. */
    public BatchReport grade(Assignment a, List<Path> files) {
        List<FileGrade> graded = new ArrayList<>();
        for (Path f : files) {
            graded.add(grade(a, AnswersFile.load(f, limits)));
        }
        return merge(graded, ids);
    }

    /** Grades {@code files} of the submissions folder {@code dir} (see {@link #submissionFiles}) in the order given. */
    public BatchReport grade(Assignment a, Path dir, List<Path> files) {
        return grade(student -> a, dir, files);
    }

    /**
     * Grades {@code files} of the submissions folder {@code dir}, each against its own student's variant:
     * {@code variants} gives the assignment of a student id (e.g. {@code provider::assignment}), the id this
     * grader's {@link IdSource} picks (the file or folder name by default).
     */
    public BatchReport grade(Function<String, Assignment> variants, Path dir, List<Path> files) {
        List<FileGrade> graded = new ArrayList<>();
        for (Path f : files) {
            graded.add(grade(variants, AnswersFile.load(f, dir, limits)));
        }
        return merge(graded, ids);
    }

    /**
     * What grading one answers file gave: the student's result (under the id inside the file), or the one-line
     * problem with the file. Serializable (a Spark task returns it); {@link #merge} turns a batch of them into a
     * report.
     *
     * @param file    the file as reports name it
     * @param nameId  the student id the file's name gives
     * @param result  the graded answers, or null
     * @param problem why the file was not graded, or null
     */
    public record FileGrade(String file, String nameId, SubmissionResult result, String problem)
            implements java.io.Serializable {
    }

    /** Grades one file on its own; a bad file becomes a problem, never an exception. */
    public FileGrade grade(Assignment a, AnswersFile f) {
        return grade(student -> a, f);
    }

    /** Grades one file against the variant of its student (as this grader's {@link IdSource} names them). */
    public FileGrade grade(Function<String, Assignment> variants, AnswersFile f) {
        String name = f.name();
        if (f.problem() != null) {
            return new FileGrade(name, f.nameId(), null, f.problem());
        }
        try {
            Submission s = AnswersReader.read(f.bytes(), limits);
            Assignment a = variants.apply(ids == IdSource.ANSWERS || f.nameId() == null ? s.studentId() : f.nameId());
            if (!a.answersTo(s.assignmentId())) {
                return new FileGrade(name, f.nameId(), null,
                        "answers are for assignment " + Echo.quote(s.assignmentId()) + ", not " + a.id());
            }
            return new FileGrade(name, f.nameId(), grader.grade(a, s), null);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new FileGrade(name, f.nameId(), null, Echo.oneLine(String.valueOf(e.getMessage())));
        } catch (OutOfMemoryError e) {
            return new FileGrade(name, f.nameId(), null, "could not be graded: it needs more memory than grading allows");
        } catch (StackOverflowError e) {
            return new FileGrade(name, f.nameId(), null, "could not be graded: it is nested too deeply");
        } catch (RuntimeException e) {
            return new FileGrade(name, f.nameId(), null, "could not be graded (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@link #merge(List, IdSource)} with ids from the file names. */
    public static BatchReport merge(List<FileGrade> graded) {
        return merge(graded, IdSource.FILE_NAME);
    }

    /**
     * The report of files graded one by one, in the order given: one row per file under the id {@code ids}
     * picks; rows claiming the same student, and a file whose answers name another student than its file name,
     * are all flagged (each row says by which other file), and each is graded on its own.
     */
    public static BatchReport merge(List<FileGrade> graded, IdSource ids) {
        return new IdClaims(graded, ids).report();
    }

    /**
     * Writes one student-audience feedback file per result into {@code dir}, named from the
     * student id by {@link SafeFileNames}; returns the files written; throws on the first that fails.
     */
    public static List<Path> writeFeedback(List<SubmissionResult> results, Path dir) {
        List<Path> written = new ArrayList<>();
        for (SubmissionResult r : results) {
            Path file = SafeFileNames.in(dir, r.studentId(), ".feedback.json");
            try {
                OutputFiles.write(file, feedback(r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Writes one student-audience feedback file per graded row of {@code report} into {@code dir} (a student id
     * on several rows gets one file per row, named from the id and the file); a file that cannot be written
     * costs one line in the list returned and never the others.
     */
    public static List<String> writeFeedback(BatchReport report, Path dir) {
        Map<String, Integer> perId = new HashMap<>();
        report.rows().stream().filter(GradeRow::graded).forEach(r -> perId.merge(r.student(), 1, Integer::sum));
        List<String> failed = new ArrayList<>();
        for (GradeRow r : report.rows()) {
            if (!r.graded()) {
                continue;
            }
            String key = perId.get(r.student()) > 1 ? r.student() + " (" + r.file() + ")" : r.student();
            Path file = SafeFileNames.in(dir, key, ".feedback.json");
            try {
                OutputFiles.write(file, feedback(r.result()));
            } catch (IOException | UncheckedIOException e) {
                failed.add(r.file() + ": feedback " + file.getFileName() + " not written (" + Echo.oneLine(String.valueOf(
                        e.getMessage())) + ")");
            }
        }
        return failed;
    }

    private static byte[] feedback(SubmissionResult r) {
        StringWriter w = new StringWriter();
        FeedbackJson.write(r, Audience.STUDENT, w);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
