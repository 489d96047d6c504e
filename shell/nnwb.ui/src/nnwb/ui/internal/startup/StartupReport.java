package nnwb.ui.internal.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Named moments of the workbench's start-up, each with the wall-clock time and the milliseconds since the process
 * started. With {@code -Dnnwb.startup.report=FILE} every mark is appended to FILE as it happens, one line
 * {@code EPOCH_MS SINCE_START_MS NAME}, so that {@code releng/bench/startup} (WINDOW=1) reads the time to the
 * first paint and to the ready window from it. Plain Java: no display needed.
 */
public final class StartupReport {

    /** The property naming the file that the marks go to. */
    public static final String PROPERTY = "nnwb.startup.report";
    /** The start-up window is on the screen with its first status line. */
    public static final String FIRST_PAINT = "first_paint";
    /** The workbench window is on the screen, its parts drawn, the start-up window gone. */
    public static final String WINDOW_PAINTED = "window_painted";
    /** The workbench's event loop runs: the window answers the user. */
    public static final String WINDOW_READY = "window_ready";

    /** One mark: its name, wall-clock time and milliseconds since the process started. */
    public record Mark(String name, long epochMillis, long sinceStartMillis) {
    }

    private static final List<Mark> MARKS = new ArrayList<>();
    private static final long PROCESS_START = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
            .orElse(System.currentTimeMillis());

    private StartupReport() {
    }

    /** Records {@code name} now and, with the property set, appends it to the report file. */
    public static Mark mark(String name) {
        long now = System.currentTimeMillis();
        Mark m = new Mark(name, now, now - PROCESS_START);
        synchronized (MARKS) {
            MARKS.add(m);
        }
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            append(Path.of(file), m);
        }
        return m;
    }

    /** The marks recorded so far in this process, in order. */
    public static List<Mark> marks() {
        synchronized (MARKS) {
            return List.copyOf(MARKS);
        }
    }

    /** The first mark called {@code name}, or {@code null}. */
    public static Mark find(String name) {
        return marks().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    /** One report line, as the benchmark reads it. */
    static String line(Mark m) {
        return m.epochMillis() + " " + m.sinceStartMillis() + " " + m.name() + "\n";
    }

    private static void append(Path file, Mark m) {
        try {
            Files.writeString(file, line(m), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("nnwb: cannot write the start-up report " + file + ": " + e.getMessage());
        }
    }
}
