package nnwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.cli.commands.VersionCommand;
import nnwb.cli.internal.DefaultCommands;
import nnwb.core.json.Json;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        Cli cli = new Cli(DefaultCommands.create(name -> name.equals("nnwb.core") ? "0.1.0.test" : null));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unknownCommandExitsTwoWithOneLine() {
        assertEquals(2, run("nonsense"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("unknown command 'nonsense'"), e);
    }

    @Test
    void versionJsonNamesJavaAndPlatform() {
        assertEquals(0, run("version", "--json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(System.getProperty("java.version"), v.get("java"));
        assertEquals("0.1.0.test", v.get("nnwb"));
        assertTrue(v.containsKey("eclipsePlatform"));
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(2, run("version", "--bogus", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
    }

    @Test
    void helpListsCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("version"));
    }

    @Test
    void optionWithoutValueIsUsageError() throws Exception {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Args.parse(List.of("--in"), java.util.Set.of()));
        assertEquals("option --in needs a value", e.getMessage());
        assertTrue(new VersionCommand(n -> null).usage().startsWith("Usage: nnwb version"));
    }
}
