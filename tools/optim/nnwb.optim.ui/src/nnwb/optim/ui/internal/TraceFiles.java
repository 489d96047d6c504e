package nnwb.optim.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nnwb.core.optim.TraceCsv;
import nnwb.core.optim.TraceResult;
import nnwb.optim.OptimPreset;

/** The view's files, without a display: traces as CSV, presets written and read (as text or from a path). */
public final class TraceFiles {

    /** Writes one file (the handlers pass what they write to the view, which reports it). */
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private TraceFiles() {
    }

    /** Writes the traces as CSV (one row per optimizer and step); fails when nothing was traced. */
    public static void writeCsv(TraceResult shown, Path file) throws IOException {
        if (shown == null) {
            throw new IOException("nothing traced yet");
        }
        Files.writeString(file, TraceCsv.of(shown), StandardCharsets.UTF_8);
    }

    /** Writes the session (problem, optimizers, settings) as a preset. */
    public static void writePreset(OptimSession session, Path file) throws IOException {
        Files.writeString(file, session.toPreset().format(), StandardCharsets.UTF_8);
    }

    /** A preset given as its text or as a path. */
    public static OptimPreset readPreset(String data) throws IOException {
        return OptimPreset.looksLikeText(data) ? OptimPreset.parse(data) : OptimPreset.read(Path.of(data.strip()));
    }
}
