package nnwb.assignment;

import java.util.List;
import java.util.Optional;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;

/**
 * The installed assignments, as a service: every {@link AssignmentProvider} any installed plugin
 * registers arrives here and leaves with its bundle. Thread-safe; listeners hear of every change.
 */
public interface Assignments {

    /** The installed assignments, sorted by id. */
    List<Assignment> installed();

    /** The provider of assignment {@code id} (its statements and preset resources). */
    Optional<AssignmentProvider> provider(String id);

    /** The assignment {@code id}; throws {@link IllegalArgumentException} with a one-line reason naming the installed ones. */
    Assignment require(String id);

    /**
     * Assignment {@code id} as {@code studentId} gets it, their own numbers where it draws per-student variants
     * ({@link AssignmentProvider#assignment(String)}); throws as {@link #require(String)}.
     */
    default Assignment require(String id, String studentId) {
        Assignment sheet = require(id);
        return provider(id).map(p -> p.assignment(studentId)).orElse(sheet);
    }

    /** The symbolic name of the bundle that contributed assignment {@code id}. */
    Optional<String> origin(String id);

    /** One line per provider that could not be added (a duplicate id, an assignment that failed to build). */
    List<String> problems();

    /** Calls {@code listener} (on any thread) after every arrival or departure. */
    void addListener(Runnable listener);

    /** Stops calling {@code listener}. */
    void removeListener(Runnable listener);
}
