package nnwb.core.assignment;

import java.io.Serializable;
import java.nio.file.Path;

import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/**
 * An answers file as read from a submissions folder, before grading: its name as reports show it and its bytes,
 * or the one-line reason it could not be read (not a regular file, too big). Serializable, so that a file read
 * in one place can be graded in another (a Spark task) with the same outcome.
 *
 * @param name    the file name (with its folder when in a student's folder), one line, at most 80 characters
 * @param nameId  the student id its name gives (see {@link #nameId(Path, Path)})
 * @param bytes   the content, or null when it could not be read
 * @param problem why it could not be read, or null
 */
public record AnswersFile(String name, String nameId, byte[] bytes, String problem) implements Serializable {

    /** Reads {@code file} within {@code limits}; its id is its name without {@code .json}; never throws for a bad file. */
    public static AnswersFile load(Path file, Limits limits) {
        return load(file, file.toAbsolutePath().getParent(), limits);
    }

    /**
     * Reads {@code file}, found in the submissions folder {@code dir} (directly, or in a student's folder inside
     * it), within {@code limits}; never throws for a bad file.
     */
    public static AnswersFile load(Path file, Path dir, Limits limits) {
        String name = display(file, dir);
        String id = nameId(file, dir);
        try {
            return new AnswersFile(name, id, AnswersReader.readBytes(file, limits), null);
        } catch (IllegalArgumentException e) {
            return new AnswersFile(name, id, null, Echo.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * The student id a file's place gives: its name without {@code .json} when directly inside {@code dir}, else
     * the name of its folder (one per student, as LMS exports lay them out); odd characters shown as escapes
     * ({@link Echo#visible}), at most {@link Submission#MAX_STUDENT_ID} characters.
     */
    public static String nameId(Path file, Path dir) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        boolean direct = dir == null || parent == null || parent.equals(dir.toAbsolutePath().normalize());
        Path n = direct ? file.getFileName() : parent.getFileName();
        String s = n == null ? "student" : n.toString();
        if (direct && s.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            s = s.substring(0, s.length() - 5);
        }
        s = Echo.visible(s);
        if (s.isBlank()) {
            s = "student";
        }
        return s.length() > Submission.MAX_STUDENT_ID ? s.substring(0, Submission.MAX_STUDENT_ID) : s;
    }

    private static String display(Path f, Path dir) {
        Path abs = f.toAbsolutePath().normalize();
        Path n = abs.getFileName();
        Path parent = abs.getParent();
        String s = Echo.oneLine(n == null ? f.toString() : n.toString());
        if (dir != null && parent != null && !parent.equals(dir.toAbsolutePath().normalize()) && parent.getFileName() != null) {
            s = Echo.oneLine(parent.getFileName().toString()) + "/" + s;
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
