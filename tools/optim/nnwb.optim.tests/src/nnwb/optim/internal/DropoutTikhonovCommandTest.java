package nnwb.optim.internal;

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

/**
 * {@code nnwb dropout-tikhonov}: X = [3 0; 4 2], y = (1, 2), p = 0.5, worked by hand (column norms 5 and 2;
 * w̌ = (1/3, 2/3); w = (1/6, 1/3); X̃ = [0.6 0; 0.8 1]; expected loss at (1, 1) is 2.5 + 6), and one-line errors.
 */
class DropoutTikhonovCommandTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(List.of(new DropoutTikhonovCommand())).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static double[] numbers(Object list) {
        return ((List<?>) list).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static void near(double[] expected, Object actual) {
        double[] a = numbers(actual);
        assertEquals(expected.length, a.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(expected[i], a[i], 1e-9, "entry " + i);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHoldsEachStepOfTheHandWorkedExample() {
        assertEquals(0, run("dropout-tikhonov", "--X", "3,0; 4,2", "--y", "1,2", "--p", "0.5", "--w", "1,1", "--samples",
                "100000", "--seed", "3", "--json"), () -> err.toString(StandardCharsets.UTF_8));
        Map<String, Object> doc = (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
        near(new double[] {5, 2}, doc.get("gammaCheck"));
        near(new double[] {5, 2}, doc.get("gamma"));                       // √((1 − p)/p) = 1 at p = 0.5
        near(new double[] {1.0 / 3, 2.0 / 3}, doc.get("wCheck"));
        near(new double[] {1.0 / 6, 1.0 / 3}, doc.get("w"));
        near(new double[] {1.0 / 6, 1.0 / 3}, doc.get("pTimesWCheck"));
        List<Object> xt = (List<Object>) doc.get("xTilde");
        near(new double[] {0.6, 0}, xt.get(0));
        near(new double[] {0.8, 1}, xt.get(1));
        near(new double[] {5.0 / 6, 2.0 / 3}, doc.get("wTilde"));
        near(new double[] {1, 1}, doc.get("xTildeColumnNorms"));
        Map<String, Object> at = (Map<String, Object>) doc.get("at");
        assertEquals(8.5, ((Number) at.get("expectedLoss")).doubleValue(), 1e-12);
        assertEquals(8.5, ((Number) at.get("tikhonovForm")).doubleValue(), 1e-12);
        assertEquals(8.5, ((Number) at.get("sampledLoss")).doubleValue(), 0.08);
        assertEquals(100000L, ((Number) at.get("samples")).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void atAnotherKeepProbabilityTheColumnNormsAreAllTheSame() {
        assertEquals(0, run("dropout-tikhonov", "--X", "1,2,0; 3,-1,1; 0,1,2", "--y", "1,0,-1", "--p", "0.2", "--json"));
        Map<String, Object> doc = (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
        // √(0.2/0.8) = 0.5
        near(new double[] {0.5, 0.5, 0.5}, doc.get("xTildeColumnNorms"));
        assertEquals(0.5, ((Number) doc.get("equalColumnNorm")).doubleValue(), 1e-12);
        double[] wc = numbers(doc.get("wCheck"));
        double[] w = numbers(doc.get("w"));
        for (int j = 0; j < 3; j++) {
            assertEquals(0.2 * wc[j], w[j], 1e-10);
        }
        // column norms of X: √10, √6, √5; Γ = 2·Γ̌ at p = 0.2
        near(new double[] {Math.sqrt(10), Math.sqrt(6), Math.sqrt(5)}, doc.get("gammaCheck"));
        near(new double[] {2 * Math.sqrt(10), 2 * Math.sqrt(6), 2 * Math.sqrt(5)}, doc.get("gamma"));
        Map<String, Object> at = (Map<String, Object>) doc.get("at");
        near(wc, at.get("w"));
        assertEquals(null, at.get("sampledLoss"));
    }

    @Test
    void theTextNamesEachStep() {
        assertEquals(0, run("dropout-tikhonov", "--X", "3,0; 4,2", "--y", "1,2", "--p", "0.5"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Gamma-check (column norms of X): (5.00000, 2.00000)"), text);
        assertTrue(text.contains("= p * w-check"), text);
        assertTrue(text.contains("column norms of X-tilde: (1.00000, 1.00000)"), text);
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] argv : List.of(new String[] {"dropout-tikhonov", "--X", "3,0; 4", "--y", "1,2", "--p", "0.5"},
                new String[] {"dropout-tikhonov", "--X", "3,0; 4,2", "--y", "1", "--p", "0.5"},
                new String[] {"dropout-tikhonov", "--X", "3,0; 4,2", "--y", "1,2", "--p", "1"},
                new String[] {"dropout-tikhonov", "--X", "3,0; 4,0", "--y", "1,2", "--p", "0.5"},
                new String[] {"dropout-tikhonov", "--X", "3,x; 4,2", "--y", "1,2", "--p", "0.5"},
                new String[] {"dropout-tikhonov", "--X", "3,0; 4,2", "--y", "1,2", "--p", "0.5", "--w", "1"})) {
            assertEquals(2, run(argv), String.join(" ", argv));
            String e = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(1, e.lines().count(), e);
        }
        run("dropout-tikhonov", "--X", "3,0; 4,0", "--y", "1,2", "--p", "0.5");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("column 2 of X is zero"));
    }
}
