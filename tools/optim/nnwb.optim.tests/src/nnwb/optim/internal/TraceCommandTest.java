package nnwb.optim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nnwb.cli.Cli;
import nnwb.core.json.Json;

/** {@code nnwb trace}: the keys, values derived here by hand, and one-line errors with exit 2. */
class TraceCommandTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = new Cli(List.of(new TraceCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String... argv) {
        assertEquals(0, run(argv), () -> err.toString(StandardCharsets.UTF_8));
        return (Map<String, Object>) Json.parse(out.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> trace) {
        return (List<Map<String, Object>>) trace.get("steps");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fin(Map<String, Object> trace) {
        return (Map<String, Object>) trace.get("final");
    }

    private static double[] params(Map<String, Object> m) {
        return ((List<?>) m.get("params")).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void sgdOnAConstantGradientMovesMinusLrTimesCEachStepWithItsClosedForm() {
        Map<String, Object> m = json("trace", "--problem", "constant", "--c", "2", "--optimizer", "sgd", "--lr", "0.1",
                "--steps", "3", "--json");
        List<Map<String, Object>> s = steps(m);
        assertEquals(4, s.size());
        for (int t = 0; t <= 3; t++) {
            Map<String, Object> st = s.get(t);
            assertEquals(t, ((Number) st.get("step")).intValue());
            // w_t = w_0 - t*lr*c = -0.2 t; loss c*w = -0.4 t
            assertEquals(-0.2 * t, params(st)[0], 1e-15);
            assertEquals(-0.4 * t, num(st, "loss"), 1e-15);
            assertEquals(-0.2 * t, ((Number) ((List<?>) st.get("closedForm")).get(0)).doubleValue(), 1e-15);
        }
        assertEquals(-0.6, params(fin(m))[0], 1e-15);
        assertEquals(-1.2, num(fin(m), "loss"), 1e-15);
        assertTrue(m.containsKey("settings"));
        assertFalse(m.containsKey("traces"));
    }

    @Test
    void adamWithEpsZeroStepsExactlyLrWhateverTheGradientsScale() {
        // with bias correction and eps = 0, m̂/√v̂ = G/|G| = 1 at every step: w_t = -lr t for any c > 0
        for (String c : new String[] {"1000", "1", "0.001"}) {
            Map<String, Object> m = json("trace", "--problem", "constant", "--c", c, "--optimizer", "adam", "--lr", "0.01",
                    "--eps", "0", "--steps", "50", "--json");
            for (Map<String, Object> st : steps(m)) {
                int t = ((Number) st.get("step")).intValue();
                assertEquals(-0.01 * t, params(st)[0], 1e-12, "c = " + c + ", step " + t);
            }
            assertEquals(0.0, ((Number) ((Map<?, ?>) m.get("options")).get("eps")).doubleValue());
        }
    }

    @Test
    void gradientDescentFromZeroFindsTheMinimumNormSolutionAndRmsPropDoesNot() {
        // X = [2, 1], t = 2: the solutions are 2 w1 + w2 = 2; the minimum-norm one is X⁺t = (2, 1)·2/5 = (0.8, 0.4)
        Map<String, Object> m = json("trace", "--problem", "least-squares", "--X", "2,1", "--t", "2",
                "--optimizer", "sgd,rmsprop", "--lr", "0.05", "--steps", "2000", "--json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> traces = (List<Map<String, Object>>) m.get("traces");
        Map<String, Object> sgd = fin(traces.get(0));
        assertEquals(0.8, params(sgd)[0], 1e-9);
        assertEquals(0.4, params(sgd)[1], 1e-9);
        assertEquals(0, num(sgd, "distanceToMinNorm"), 1e-9);
        assertEquals(0, num(sgd, "nullSpaceNorm"), 1e-12);
        Map<String, Object> rms = fin(traces.get(1));
        double[] w = params(rms);
        // RMSProp's first step is about lr/sqrt(1-beta) along (1, 1), off the row space (2, 1): it ends on the
        // solution line but away from the minimum-norm point
        assertEquals(2, 2 * w[0] + w[1], 0.05);
        assertTrue(num(rms, "nullSpaceNorm") > 0.05, rms.toString());
        assertTrue(num(rms, "distanceToMinNorm") > 0.05);
        assertFalse(m.containsKey("steps"), "several optimizers keep their steps under traces");
        assertEquals(List.of("w1", "w2"), ((Map<?, ?>) m.get("settings")).get("paramNames"));
    }

    @Test
    void matrixRowsAreSeparatedBySemicolons() {
        // X = diag(1, 2), t = (1, 4): the unique solution is (1, 2)
        Map<String, Object> m = json("trace", "--problem", "least-squares", "--X", "1,0; 0,2", "--t", "1,4",
                "--optimizer", "sgd", "--lr", "0.2", "--steps", "400", "--json");
        assertEquals(1, params(fin(m))[0], 1e-9);
        assertEquals(2, params(fin(m))[1], 1e-9);
    }

    @Test
    void heavyBallOnAQuadraticAgreesWithItsClosedFormAtEveryStep() {
        Map<String, Object> m = json("trace", "--problem", "quadratic", "--cond", "25", "--angle", "30",
                "--optimizer", "momentum", "--lr", "0.5", "--momentum", "0.6", "--steps", "60", "--json");
        for (Map<String, Object> st : steps(m)) {
            double[] p = params(st);
            List<?> cf = (List<?>) st.get("closedForm");
            for (int i = 0; i < 2; i++) {
                assertEquals(p[i], ((Number) cf.get(i)).doubleValue(), 1e-12);
            }
        }
        assertTrue(((String) m.get("closedFormula")).contains("momentum"));
    }

    @Test
    void theSameSeedGivesTheSameNoisyRunAndAnotherSeedAnother() {
        String[] a = {"trace", "--problem", "nqm", "--sigma", "1", "--optimizer", "sgd", "--lr", "0.1", "--batch", "4",
            "--steps", "30", "--seed", "3", "--json"};
        double x = params(fin(json(a)))[0];
        assertEquals(x, params(fin(json(a)))[0]);
        a[a.length - 2] = "4";
        assertNotEquals(x, params(fin(json(a)))[0]);
    }

    @Test
    void everyKeepsEveryNthStepAndTheLast() {
        Map<String, Object> m = json("trace", "--problem", "rosenbrock", "--optimizer", "adam", "--steps", "25", "--every", "10", "--json");
        assertEquals(List.of(0, 10, 20, 25), steps(m).stream().map(s -> ((Number) s.get("step")).intValue()).toList());
    }

    @Test
    void otherHyperparametersGoThroughSet() {
        // Adam without bias correction, eps 0, constant gradient c: m_1 = (1-b1) c, v_1 = (1-b2) c², step 1 moves
        // lr (1-b1)/sqrt(1-b2) = 0.1 * 0.1 / sqrt(0.001)
        Map<String, Object> m = json("trace", "--problem", "constant", "--c", "3", "--optimizer", "adam", "--lr", "0.1",
                "--eps", "0", "--set", "bias-correction=false", "--steps", "1", "--json");
        assertEquals(-0.1 * 0.1 / Math.sqrt(0.001), params(fin(m))[0], 1e-12);
    }

    @Test
    void textOutputHasOneLinePerOptimizer() {
        assertEquals(0, run("trace", "--problem", "quadratic", "--optimizer", "sgd,nesterov,adam", "--steps", "10"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(4, text.lines().count(), text);
        assertTrue(text.lines().skip(1).allMatch(l -> l.contains("loss")));
    }

    @Test
    void aPresetFileGivesWhatTheSameOptionsGive(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ls.nnopt");
        Files.writeString(f, "# test\nproblem = least-squares\nproblem.X = 2,1\nproblem.t = 2\nsteps = 20\n"
                + "optimizer = sgd lr=0.05\noptimizer = rmsprop lr=0.01\n");
        Map<String, Object> a = json("trace", "--preset", f.toString(), "--json");
        Map<String, Object> b = json("trace", "--problem", "least-squares", "--X", "2,1", "--t", "2", "--optimizer", "sgd,rmsprop",
                "--set", "lr=0.05", "--steps", "20", "--json");
        @SuppressWarnings("unchecked")
        Map<String, Object> sgdA = ((List<Map<String, Object>>) a.get("traces")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> sgdB = ((List<Map<String, Object>>) b.get("traces")).get(0);
        assertEquals(sgdA.get("final"), sgdB.get("final"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "trace --problem nonsense --optimizer sgd",
        "trace --problem quadratic --optimizer sgdx",
        "trace --problem quadratic",
        "trace --optimizer sgd",
        "trace --problem quadratic --optimizer adam --momentum 0.5",
        "trace --problem quadratic --optimizer sgd --lr -1",
        "trace --problem quadratic --optimizer adam --beta1 1",
        "trace --problem quadratic --optimizer sgd --steps -1",
        "trace --problem least-squares --X 2,1 --t 1,2 --optimizer sgd",
        "trace --problem least-squares --X 2,1;1 --optimizer sgd",
        "trace --problem constant --c abc --optimizer sgd",
        "trace --problem constant --cond 3 --optimizer sgd",
        "trace --problem quadratic --optimizer sgd --set foo",
        "trace --problem quadratic --optimizer adam --set eps-at=middle",
        "trace --problem quadratic --optimizer sgd --every 0",
        "trace --problem quadratic --optimizer sgd --backend gpu",
        "trace --problem expr --f x^^2 --optimizer sgd",
        "trace --problem quadratic --optimizer sgd --preset /nonexistent/file.nnopt"})
    void badInputExitsTwoWithOneLine(String args) {
        assertEquals(2, run(args.split(" ")), () -> out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("nnwb trace: "), e);
    }

    /** Issue 23: an unknown --set key names what each chosen optimizer takes; --help says how --wd decays and what the defaults are. */
    @Test
    void anUnknownSetKeyListsTheValidKeysAndHelpExplainsWdAndTheDefaults() {
        assertEquals(2, run("trace", "--problem", "quadratic", "--optimizer", "adagrad", "--set", "foo=1"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals("nnwb trace: option 'foo' is taken by none of adagrad; valid keys for adagrad: lr, l2, wd, wd-lr, eps, eps-at, "
                + "init, lr-decay", e.strip());
        assertEquals(0, run("trace", "--help"));
        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains("decoupled weight decay, not scaled by lr"), help);
        assertTrue(help.contains("adagrad lr 0.01"), help);
        assertTrue(help.contains("PyTorch's SGD has no default lr"), help);
    }

    /** Adagrad's default lr is PyTorch's 0.01: one step on the constant gradient c = 2 moves by lr·c/(|c| + 1e-10) ≈ 0.01. */
    @Test
    void adagradsDefaultStepIsPyTorchs() {
        Map<String, Object> t = json("trace", "--problem", "constant", "--c", "2", "--start", "0", "--optimizer", "adagrad",
                "--steps", "1", "--json");
        assertEquals(-0.01, params(fin(t))[0], 1e-9);
    }
}
