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
     * Opens a resource of the assignment's bundle, e.g. {@code statements/p1.md}; {@code path}
     * is one the assignment names (already checked to be a relative bundle path).
     */
    InputStream open(String path) throws IOException;
}
