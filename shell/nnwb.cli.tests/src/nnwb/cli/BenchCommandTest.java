package nnwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;


/** Argument handling of {@code nnwb bench}; the benchmark itself runs in the product smoke test. */
class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        Cli cli = new Cli(List.of(new nnwb.cli.commands.VersionCommand(name -> null, java.util.Map::of), new nnwb.cli.commands.AnalyzeCommand(), new nnwb.cli.commands.ConvCommand(), new nnwb.cli.commands.RfCommand(), new nnwb.cli.commands.BenchCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listedInHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench"));
    }

    @Test
    void badBatchIsUsageError() {
        assertEquals(2, run("bench", "--batches", "64,x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--batches expects integers, got 'x'"), err.toString());
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(2, run("bench", "--gpu"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void usageNamesTheModels() {
        assertEquals(0, run("bench", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("edge CNN (28x28x1)"));
    }

    @Test
    void engineBenchTimesEachTemplateWithoutTheComputeService() {
        assertEquals(0, run("bench", "--engine", "--json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) nnwb.core.json.Json.parse(out.toString(StandardCharsets.UTF_8));
        List<?> rows = (List<?>) result.get("engine");
        assertEquals(4, rows.size());
        for (Object o : rows) {
            Map<?, ?> r = (Map<?, ?>) o;
            assertEquals(101L, r.get("runs"));
            double median = ((Number) r.get("medianMs")).doubleValue();
            double min = ((Number) r.get("minMs")).doubleValue();
            double max = ((Number) r.get("maxMs")).doubleValue();
            org.junit.jupiter.api.Assertions.assertTrue(min > 0 && min <= median && median <= max, r.toString());
        }
    }
}
