package nnwb.ui.parts;

import java.util.ArrayList;
import java.util.List;
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

    /** One {@code key = value} line of a saved state, with its line number for messages. */
    public record Entry(int line, String key, String value) {

        /** An error naming this line: {@code line N: what}. */
        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException("line " + line + ": " + what);
        }
    }

    /**
     * The {@code key = value} lines of a tool's saved state, in order; blank lines and {@code #} comments skipped.
     *
     * @throws IllegalArgumentException naming the first line that is not {@code key = value}
     */
    public static List<Entry> entries(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not a 'key = value' line");
            }
            out.add(new Entry(i + 1, line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        return out;
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
