package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nnwb.cli.Cli;
import nnwb.core.json.Json;
import nnwb.core.json.JsonKeyPaths;

/**
 * The public interface, checked in-process in the fast tier: every recorded case of this bundle's commands
 * (releng/smoke/json-keys/cases.tsv) gives exactly the recorded key set and writes nothing to stderr. The product
 * smoke test checks the same cases again through the archived product.
 */
class JsonKeySetsTest {

    private static final Path KEYS = Path.of("../../releng/smoke/json-keys");
    private static final Set<String> HERE = Set.of("analyze", "conv", "rf");

    @Test
    void theCommandsOfThisBundleGiveTheirRecordedKeySets() throws IOException {
        Cli cli = new Cli(List.of(new AnalyzeCommand(), new ConvCommand(), new RfCommand()));
        int checked = 0;
        for (String line : Files.readAllLines(KEYS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            List<String> argv = Arrays.asList(c[1].split(" "));
            if (!HERE.contains(argv.get(0))) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, code, c[0] + ": " + err.toString(StandardCharsets.UTF_8));
            assertEquals("", err.toString(StandardCharsets.UTF_8), c[0] + " wrote to stderr");
            List<String> expected = Files.readAllLines(KEYS.resolve(c[0] + ".keys"), StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).toList();
            assertEquals(expected, JsonKeyPaths.of(Json.parse(out.toString(StandardCharsets.UTF_8))), c[0] + ": the JSON keys changed");
            checked++;
        }
        assertTrue(checked >= 10, "cases of analyze, conv and rf recorded: " + checked);
    }

    @Test
    void keyPathsNameNestedKeysAndListElements() {
        assertEquals(List.of("a", "a[].b", "c", "c.d"), JsonKeyPaths.of(Json.parse("{\"a\": [{\"b\": 1}, {\"b\": 2}], \"c\": {\"d\": null}}")));
        assertFalse(JsonKeyPaths.of(Json.parse("{\"x\": []}")).contains("x[]"));
    }
}
