package nnwb.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a training task sends back to the driver: its run folder's files (the folder {@code TrainingRunner} wrote
 * on the executor), or why it has none.
 *
 * @param name    the run's folder name
 * @param files   file name to content
 * @param problem the one-line reason the run failed, or null
 */
public record RunOutput(String name, Map<String, byte[]> files, String problem) implements Serializable {

    /** The files of {@code folder}, read whole. */
    static RunOutput of(String name, Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunOutput(name, files, null);
    }

    static RunOutput failed(String name, String problem) {
        return new RunOutput(name, Map.of(), problem);
    }

    /** Writes the files into {@code out/name}; nothing when the run failed. */
    void writeUnder(Path out) throws IOException {
        if (problem != null) {
            return;
        }
        Path dir = Files.createDirectories(out.resolve(name));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }
}
