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

    /**
     * The name a save dialog proposes for what is on screen: the problem and its optimizers, e.g.
     * {@code least-squares-sgd-rmsprop.csv}, in characters every file system takes (never "Untitled").
     */
    public static String suggestedName(String problem, java.util.List<String> optimizers, String extension) {
        StringBuilder b = new StringBuilder(problem == null || problem.isBlank() ? "trace" : problem);
        for (String o : optimizers) {
            b.append('-').append(o);
        }
        String stem = b.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-.]+|-+$", "");
        if (stem.length() > 80) {
            stem = stem.substring(0, 80).replaceAll("-+$", "");
        }
        return (stem.isEmpty() ? "trace" : stem) + "." + extension;
    }

    /** The name proposed for {@code session}'s file with {@code extension}. */
    public static String suggestedName(OptimSession session, String extension) {
        return suggestedName(session.problem(), session.optimizers().stream().map(o -> o.name()).toList(), extension);
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
