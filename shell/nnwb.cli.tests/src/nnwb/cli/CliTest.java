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
import nnwb.core.json.Json;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        Cli cli = new Cli(List.of(new nnwb.cli.commands.VersionCommand(name -> name.equals("nnwb.core") ? "0.1.0.test" : null, java.util.Map::of), new nnwb.cli.commands.AnalyzeCommand(), new nnwb.cli.commands.ConvCommand(), new nnwb.cli.commands.RfCommand(), new nnwb.cli.commands.BenchCommand()));
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
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'--bogus'"));
    }

    @Test
    void helpListsEveryCommandWithItsDescription() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("analyze", "bench", "conv", "rf", "version")) {
            assertTrue(help.lines().anyMatch(l -> l.trim().startsWith(name + " ")), help);
        }
        assertTrue(help.contains("receptive field, jump and start"), help);
    }

    @Test
    void optionWithoutValueIsUsageError() throws Exception {
        assertEquals(2, run("conv", "--in"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("nnwb conv: Missing required parameter for option '--in'"), e);
    }
}
