package nnwb.core.data.download;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Progress as a line per 10% of each file, e.g. {@code train-images-idx3-ubyte.gz: 30% (2.97 of 9.91 MB)}; a file of
 * unknown size gets a line per 10 MB.
 */
public final class TenPercentLines implements Progress {

    private static final long UNKNOWN_STEP = 10_000_000;

    private final Consumer<String> lines;
    private final Map<String, Long> lastStep = new HashMap<>();

    /** Writes each line to {@code lines}. */
    public TenPercentLines(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void update(String file, long done, long total) {
        long step = total > 0 ? done * 10 / total : done / UNKNOWN_STEP;
        Long last = lastStep.get(file);
        if (last != null && step <= last) {
            return;
        }
        lastStep.put(file, step);
        if (last == null && step == 0 && done == 0) {
            return;
        }
        lines.accept(total > 0
                ? String.format(Locale.ROOT, "%s: %d%% (%s of %s MB)", file, Math.min(100, step * 10), mb(done), mb(total))
                : String.format(Locale.ROOT, "%s: %s MB", file, mb(done)));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / 1e6);
    }
}
