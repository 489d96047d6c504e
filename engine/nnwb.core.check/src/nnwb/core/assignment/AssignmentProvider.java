package nnwb.core.assignment;

import java.io.IOException;
import java.io.InputStream;

/**
 * What an assignment plugin contributes: its assignment, and its bundle resources (statements,
 * models, images) by the relative paths the assignment names. The API bundle publishes this as
 * a service; the whiteboard hands providers to an {@link AssignmentCatalog}.
 */
public interface AssignmentProvider {

    /** The assignment; the same value on every call. */
    Assignment assignment();

    /**
     * The assignment as {@code studentId} gets it: its numbers, statements, presets and keys drawn for that student
     * ({@link Variant}); the sheet's own ({@link #assignment()}) for a null or blank id, and for every student of an
     * assignment without variants.
     */
    default Assignment assignment(String studentId) {
        return assignment();
    }

    /** The statement of {@code p} as the student of {@code a}'s variant reads it (Markdown, their numbers filled in). */
    default String statement(Assignment a, Problem p) throws IOException {
        try (InputStream in = open(p.statement())) {
            return a.statementText(new String(in.readNBytes(4 << 20), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Opens a resource of the assignment's bundle, e.g. {@code statements/p1.md}; {@code path}
     * is one the assignment names (already checked to be a relative bundle path).
     */
    InputStream open(String path) throws IOException;
}
