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
 * @param name    the file name, one line, at most 80 characters
 * @param bytes   the content, or null when it could not be read
 * @param problem why it could not be read, or null
 */
public record AnswersFile(String name, byte[] bytes, String problem) implements Serializable {

    /** Reads {@code file} within {@code limits}; never throws for a bad file. */
    public static AnswersFile load(Path file, Limits limits) {
        String name = display(file);
        try {
            return new AnswersFile(name, AnswersReader.readBytes(file, limits), null);
        } catch (IllegalArgumentException e) {
            return new AnswersFile(name, null, Echo.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private static String display(Path f) {
        Path n = f.getFileName();
        String s = Echo.oneLine(n == null ? f.toString() : n.toString());
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
