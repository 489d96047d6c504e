package nnwb.ui.parts;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

/**
 * A tool's saved settings read back without a display: text longer than {@link #MAX_CHARS}, or text the tool's
 * reader rejects (any {@link RuntimeException}), is ignored with a log line and the tool keeps its defaults.
 */
public final class SavedState {

    /** Longest saved state read back. */
    public static final int MAX_CHARS = 200_000;

    private SavedState() {
    }

    /**
     * Hands {@code text} to {@code reader} (which must parse before it changes anything); returns whether it was
     * restored. {@code who} names the tool in the log line.
     */
    public static boolean restore(String who, String text, Consumer<String> reader) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.length() > MAX_CHARS) {
            ILog.of(SavedState.class).warn("nnwb: saved state of " + who + " ignored: longer than " + MAX_CHARS + " characters");
            return false;
        }
        try {
            reader.accept(text);
            return true;
        } catch (RuntimeException e) {
            ILog.of(SavedState.class).warn("nnwb: saved state of " + who + " ignored: " + e.getMessage());
            return false;
        }
    }
}
