package nnwb.core.filter.kernel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo/redo history of one kernel being edited. Every {@link #edit} is one undoable step; a paint stroke
 * that changes the kernel many times calls {@code edit} once when it starts and {@link #amend} while it goes on,
 * so that one undo takes back the whole stroke. At most {@code limit} steps are kept; the oldest are forgotten.
 * Not thread-safe: one editor owns it.
 */
public final class KernelHistory {

    /** The default number of undoable steps. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest accepted limit. */
    public static final int MAX_LIMIT = 10_000;

    private final Deque<Kernel> undo = new ArrayDeque<>();
    private final Deque<Kernel> redo = new ArrayDeque<>();
    private final int limit;
    private Kernel current;

    /** A history starting at {@code initial} with {@link #DEFAULT_LIMIT} steps. */
    public KernelHistory(Kernel initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** A history starting at {@code initial} keeping at most {@code limit} (1..10000) undoable steps. */
    public KernelHistory(Kernel initial, int limit) {
        if (initial == null) {
            throw new IllegalArgumentException("the history needs a first kernel");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("history limit must be in 1.." + MAX_LIMIT + ", got " + limit);
        }
        this.current = initial;
        this.limit = limit;
    }

    /** The kernel as it is now. */
    public Kernel current() {
        return current;
    }

    /** Makes {@code next} current as a new undoable step and forgets the redo steps; an unchanged kernel is no step. */
    public Kernel edit(Kernel next) {
        if (next == null) {
            throw new IllegalArgumentException("cannot edit to no kernel");
        }
        if (!next.equals(current)) {
            undo.push(current);
            if (undo.size() > limit) {
                undo.removeLast();
            }
            redo.clear();
            current = next;
        }
        return current;
    }

    /** Replaces the current kernel without a new step (the continuation of a stroke begun with {@link #edit}). */
    public Kernel amend(Kernel next) {
        if (next == null) {
            throw new IllegalArgumentException("cannot amend to no kernel");
        }
        current = next;
        redo.clear();
        return current;
    }

    /** Goes one step back; does nothing when there is nothing to undo. Returns the current kernel. */
    public Kernel undo() {
        if (!undo.isEmpty()) {
            redo.push(current);
            current = undo.pop();
        }
        return current;
    }

    /** Goes one step forward again; does nothing when there is nothing to redo. Returns the current kernel. */
    public Kernel redo() {
        if (!redo.isEmpty()) {
            undo.push(current);
            current = redo.pop();
        }
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** How many steps can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    /** How many steps can be redone. */
    public int redoDepth() {
        return redo.size();
    }

    public int limit() {
        return limit;
    }
}
