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

class RfCommandTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = new Cli(List.of(new RfCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String layers) {
        assertEquals(0, run("rf", "--layers", layers, "--json"), () -> err.toString(StandardCharsets.UTF_8));
        return (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void perLayerFieldJumpAndStart() {
        Map<String, Object> m = json("k3s1,k3s1,k2s2");
        // fields 3, 5, 6; jumps 1, 1, 2; starts 0.5+1 = 1.5, 2.5, 2.5 + 0.5 = 3.
        List<?> layers = (List<?>) m.get("layers");
        assertEquals(3, layers.size());
        long[][] expected = {{3, 1}, {5, 1}, {6, 2}};
        double[] starts = {1.5, 2.5, 3};
        for (int i = 0; i < 3; i++) {
            Map<?, ?> l = (Map<?, ?>) layers.get(i);
            assertEquals(expected[i][0], ((Number) l.get("receptiveField")).longValue());
            assertEquals(expected[i][1], ((Number) l.get("jump")).longValue());
            assertEquals(starts[i], ((Number) l.get("start")).doubleValue(), 1e-12);
        }
        assertEquals(6L, m.get("receptiveField"));
        assertEquals("r = 1 + sum over layers l of d_l*(k_l-1) * s_1*...*s_(l-1) = 1 + 2*1 + 2*1 + 1*1 = 6", m.get("closedForm"));
    }

    @Test
    void paddingAndDilationInTokens() {
        // k3s2p1d2 spans 5: field 5, jump 2, start 0.5 + (2 - 1) = 1.5; then k3: 5 + 2*2 = 9.
        Map<String, Object> m = json("k3s2p1d2,k3");
        assertEquals(9L, m.get("receptiveField"));
        assertEquals(2L, m.get("jump"));
    }

    @Test
    void residualBranchTakesTheLargestField() {
        // k7s2p3: 7, jump 2. Branch: k3p1,k3p1 adds 2*2 + 2*2 = 8 -> 15, identity keeps 7: max 15. k2s2: 15 + 2 = 17.
        Map<String, Object> m = json("k7s2p3,(k3s1p1,k3s1p1|),k2s2");
        assertEquals(17L, m.get("receptiveField"));
        assertEquals(5, ((List<?>) m.get("layers")).size());
    }

    @Test
    void epflAndBerkeleyReceptiveFields() {
        // EPFL: 1 + 2*1 + 2*2 + 2*4 = 15. Berkeley (c): 4 layers k3 stride 1: 1 + 4*2 = 9.
        assertEquals(15L, json("k3s2,k3s2,k3s1").get("receptiveField"));
        assertEquals(9L, json("k3,k3,k3,k3").get("receptiveField"));
    }

    @Test
    void textTableAndErrors() {
        assertEquals(0, run("rf", "--layers", "k3s1,k2s2"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("receptive field: 4"), text);
        for (String bad : new String[] {"", "k3,,k2", "k0s1", "(k3s2|)", "q3"}) {
            assertEquals(2, run("rf", "--layers", bad), bad);
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, e.lines().count(), e);
            assertTrue(e.contains("--layers"), e);
        }
        assertEquals(2, run("rf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--layers"));
    }
}
