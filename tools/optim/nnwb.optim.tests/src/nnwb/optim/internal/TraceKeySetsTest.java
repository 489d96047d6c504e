package nnwb.optim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.cli.Cli;
import nnwb.core.json.Json;
import nnwb.core.json.JsonKeyPaths;

/**
 * The public interface of {@code nnwb trace}, checked in the fast tier: every recorded trace case
 * (releng/smoke/json-keys/cases.tsv) gives exactly its recorded key set, {@code final.divergedAt} included.
 */
class TraceKeySetsTest {

    private static final Path KEYS = Path.of("../../../releng/smoke/json-keys");

    @Test
    void everyRecordedTraceCaseGivesItsKeySet() throws IOException {
        int checked = 0;
        for (String line : Files.readAllLines(KEYS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            List<String> argv = Arrays.asList(c[1].split(" "));
            if (!argv.get(0).equals("trace")) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(List.of(new TraceCommand())).run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, code, c[0] + ": " + err.toString(StandardCharsets.UTF_8));
            List<String> expected = Files.readAllLines(KEYS.resolve(c[0] + ".keys"), StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).toList();
            assertEquals(expected, JsonKeyPaths.of(Json.parse(out.toString(StandardCharsets.UTF_8))), c[0] + ": the JSON keys changed");
            checked++;
        }
        assertEquals(3, checked, "trace cases recorded");
    }
}
