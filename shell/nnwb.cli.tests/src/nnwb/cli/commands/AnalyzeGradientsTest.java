package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.cli.Cli;
import nnwb.core.json.Json;

/** {@code nnwb analyze --gradients}: HW4 2(g)'s gradient norms per dense layer, in the table and under gradientGrowth. */
class AnalyzeGradientsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return new Cli(List.of(new AnalyzeCommand())).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theMlpTemplatesGradientsGrowByTheSquareRootOfTheWidthPerLayer() {
        assertEquals(0, run("analyze", "--template", "mlp", "--set", "K=64", "--set", "L=4", "--gradients", "--seed", "3", "--json"),
                err.toString(StandardCharsets.UTF_8));
        Map<?, ?> g = (Map<?, ?>) ((Map<?, ?>) Json.parse(out.toString(StandardCharsets.UTF_8))).get("gradientGrowth");
        assertEquals(3L, g.get("seed"));
        List<?> layers = (List<?>) g.get("layers");
        assertEquals(4, layers.size());
        for (int i = 0; i < 4; i++) {
            Map<?, ?> l = (Map<?, ?>) layers.get(i);
            assertEquals(64L, l.get("dIn"));
            assertEquals(64L, l.get("dOut"));
            double expected = Math.pow(8, 4 - i); // sqrt(64) for this layer and each one after it
            assertEquals(expected, ((Number) l.get("rank1")).doubleValue(), 1e-9 * expected);
            assertEquals(expected, ((Number) l.get("rank1Sampled")).doubleValue(), 1e-9 * expected);
            assertEquals(1.0, ((Number) l.get("rank1FixedSampled")).doubleValue(), 1e-9);
        }
    }

    @Test
    void theTableShowsBothSettingsAndAConvolutionIsExitTwo() {
        assertEquals(0, run("analyze", "--template", "mlp", "--gradients"), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Backpropagated gradient norms (HW4 2(g))") && text.contains("rank 1, fixed"), text);
        // the default mlp: K=100, L=3: the first layer's gradient norm is 10^3 without the fix
        assertTrue(text.lines().anyMatch(l -> l.contains("1000 / 1000")), text);
        out.reset();
        assertEquals(2, run("analyze", "--template", "edge-cnn", "--gradients"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(e.contains("--gradients: edge-cnn.nnet: gradient growth is for stacks of dense layers"), e);
        assertEquals(1, e.lines().count(), e);
    }
}
