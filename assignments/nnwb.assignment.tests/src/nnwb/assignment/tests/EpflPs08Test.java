package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnwb.assignment.epfl.ps08.Ps08Assignment;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.conv.RfStack;
import nnwb.core.cost.InitScheme;
import nnwb.core.cost.InitVariance;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;

/** The EPFL problem set as a student works it: right answers pass, wrong ones say why, keys agree with the engine. */
class EpflPs08Test {

    private static Ps08Assignment provider;
    private static Assignment a;

    @BeforeAll
    static void build() {
        provider = new Ps08Assignment();
        a = provider.assignment();
    }

    static String resource(Ps08Assignment p, String path) throws IOException {
        return text(p, path);
    }

    /** A resource of an assignment's bundle. */
    static String text(nnwb.core.assignment.AssignmentProvider p, String path) {
        try (InputStream in = p.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path, e);
        }
    }

    /**
     * {@link #solved()} for {@code studentId}'s own numbers: problem 4's input and target widths are drawn per
     * student, its (a) and (c) worked out here from them (W_out = ⌊(W + 2P − K)/S⌋ + 1, W_in = S(W_out − 1) + K − 2P
     * with K = 3, P = 1, S = 2).
     */
    static Student solved(String studentId) throws IOException {
        Student sheet = solved();
        Assignment mine = Catalog.ALL.require(Ps08Assignment.ID, studentId);
        long w = Long.parseLong(mine.variant().values().get("p4.in"));
        long target = Long.parseLong(mine.variant().values().get("p4.target"));
        Student s = new Student(mine);
        sheet.answers().forEach(s::answer);
        return s.answer("p4.a", Long.toString((w + 2 - 3) / 2 + 1)).answer("p4.c", Long.toString(2 * (target - 1) + 1));
    }

    /** A student who gets everything right; values worked out by hand from the closed forms. */
    static Student solved() throws IOException {
        if (provider == null) {
            build();
        }
        return new Student(a)
                .answer("p1.a", "n K^2 L")
                .answer("p1.b", "3 n K^2 L")
                .answer("p1.c", "K^2 L + 2 n K")
                .answer("p1.d", "2 K^2 L + n K (L + 1)")
                .answer("p1.e", "8.625 MiB")       // 4 (2·512²·4 + 64·512·5) = 9 043 968 bytes
                .answer("p2.a", "d σ² / 2")
                .answer("p2.b", "sqrt(2/d)")
                .answer("p3.a", "1")
                .answer("p3.b", "2")
                .answer("p3.c", "-eta t")
                .answer("p3.d", "c (1 - beta^t) / (1 - beta)")
                .answer("p3.e", "-eta c (t (1 - beta) - beta + beta^(t+1)) / (1 - beta)^2")
                .answer("p3.f", "c - c beta1^t")
                .answer("p3.g", "c^2 (1 - beta2^t)")
                .answer("p3.h", "c")
                .answer("p3.i", "c^2")
                .answer("p4.a", "4")
                .answer("p4.b", "(W - K + 2P)/S + 1")
                .answer("p4.c", "9")
                .answer("p4.d", "S (Wout - 1) + K - 2 P")
                .answer("p4.e", "15")
                .answer("p4.f", "L (K - 1) + 1")
                .answer("p4.g", "K1 + (K2 - 1) S1 + (K3 - 1) S1 S2")
                .answer("p5.a", resource(provider, "models/small-resnet.nnet"))
                .answer("p5.b", "5354")            // 448 + 32 + 2320 + 32 + 2320 + 32 + 170
                .answer("p5.c", "The block adds a correction to its input; with small weights it passes the input on.");
    }

    @Test
    void theAssignmentHasFiveProblemsWithStatementsAndPresets() throws IOException {
        assertEquals("epfl-ml-ps08", a.id());
        assertEquals(5, a.problems().size());
        for (var p : a.problems()) {
            assertTrue(resource(provider, p.statement()).startsWith("# Problem"), p.statement());
        }
        for (var ref : a.parts()) {
            ref.part().preset().ifPresent(pr -> {
                if (!pr.resource().isEmpty()) {
                    try {
                        assertTrue(resource(provider, pr.resource()).length() > 20, pr.resource());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            });
        }
    }

    @Test
    void aStudentWhoGetsEverythingRightGetsFullMarks() throws IOException {
        SubmissionResult r = solved().grade();
        Student.assertFullMarks(r);
        assertEquals(a.points() - 1, r.awarded(), 1e-9, "all but the free-text part 5(c), collected for the instructor");
        Student.assertNoHiddenKeyIn(r, "8.625", "9043968");
    }

    @Test
    void equivalentFormsPass() throws IOException {
        Student s = solved();
        s.assertCorrect("p1.a", "L*n*K**2");
        s.assertCorrect("p1.b", "n K^2 L + 2 n L K^2");
        s.assertCorrect("p1.d", "K (2 K L + n L + n)");
        // the official solution's "roughly 2LK^2 + LnK" leaves the network input out: awarded, with why it differs
        s.assertCorrect("p1.d", "2 L K^2 + L n K");
        assertTrue(s.check("p1.d", "2LK^2 + LnK").verdict().reason().contains("official solution's rough count"));
        s.assertCorrect("p2.a", "sigma^2 * d / 2");
        s.assertCorrect("p2.b", "√2 / √d");
        s.assertCorrect("p2.b", "1/sqrt(d/2)");
        s.assertCorrect("p3.c", "−η·t");
        s.assertCorrect("p3.d", "c (1 - β^t) / (1 - β)");
        s.assertCorrect("p3.e", "-eta c/(1-beta) (t - beta (1 - beta^t)/(1 - beta))");
        s.assertCorrect("p4.f", "1 + L K - L");
        s.assertCorrect("p1.e", "9.04 MB");
        s.assertCorrect("p1.e", "9043968 bytes");
        s.assertCorrect("p1.e", "8.6 MiB");           // within 1%
    }

    @Test
    void wrongAnswersFailWithAReason() throws IOException {
        Student s = solved();
        assertTrue(s.assertNotCorrect("p1.b", "2 n K^2 L").contains("differ"), "names a point where they differ");
        s.assertNotCorrect("p1.c", "K^2 L + n K (L + 1)");
        assertTrue(s.assertNotCorrect("p1.e", "9 MiB").contains("off by more than 1%"));
        assertTrue(s.assertNotCorrect("p1.e", "8.625").contains("unit"));
        s.assertNotCorrect("p2.a", "d sigma^2");
        s.assertNotCorrect("p2.b", "sqrt(1/d)");
        s.assertNotCorrect("p3.c", "-eta t c");                 // Adam's step does not scale with c
        s.assertNotCorrect("p3.e", "-eta c t / (1 - beta)");    // the steady-state speed, not the sum
        s.assertNotCorrect("p3.f", "c (1 - beta1^t) / (1 - beta1)");   // SGDM's sum, without Adam's (1 − β₁)
        s.assertNotCorrect("p3.g", "c (1 - beta2^t)");          // the squared gradient averages, not the gradient
        s.assertNotCorrect("p3.h", "c (1 - beta1^t)");          // before the bias correction
        s.assertNotCorrect("p3.i", "c");
        assertTrue(s.assertNotCorrect("p4.a", "3").contains("not the expected number"));
        s.assertNotCorrect("p4.e", "7");
        s.assertNotCorrect("p4.g", "K1 + (K2 - 1) S2 + (K3 - 1) S2 S3");   // the strides after a layer, not before
        assertTrue(s.assertNotCorrect("p4.b", "(W + 2 Q - K)/S + 1").contains("unknown symbol"));
    }

    @Test
    void theParameterCountIsCheckedAgainstTheStudentsOwnModel() throws IOException {
        Student s = solved();
        String widened = resource(provider, "models/small-resnet.nnet").replace("conv 16", "conv 32");
        s.answer("p5.a", widened);
        long params = Analyzer.analyze(widened, AnalysisOptions.defaults()).totals().params().longValue();
        // stem 3·9·32 + 32, two convs 32·9·32 + 32, batch norms 2·32 each, head 32·10 + 10
        assertEquals(896 + 64 + 9248 + 64 + 9248 + 64 + 330, params);
        s.assertCorrect("p5.b", Long.toString(params));
        s.assertNotCorrect("p5.b", "5354");
        s.answer("p5.a", "input 32x32x3\nconv 16 3 padding=1 nonsense=1\n");
        String why = s.assertNotCorrect("p5.b", "5354");
        assertTrue(why.contains("your model has an error at line 2"), why);
    }

    @Test
    void formulaKeysAgreeWithTheEngineAtSampleValues() {
        Student s = new Student(a);
        for (long d : new long[] {3, 10, 100, 1000}) {
            var graph = Analyzer.analyze("input features=" + d + "\nrelu\ny: fc 1 bias=false\n", AnalysisOptions.defaults()).graph();
            for (double sigma : new double[] {0.05, 0.3, 1.7}) {
                double engine = InitVariance.propagate(graph, new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, sigma), 1, 1)
                        .get(2).forward();
                assertEquals(engine, s.key("p2.a", d, sigma), 1e-12 * engine);
            }
            double he = s.key("p2.b", d);
            double engine = InitVariance.propagate(graph, new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, he), 1, 1).get(2).forward();
            assertEquals(1, engine, 1e-12);
        }
        for (double c : new double[] {0.5, 3}) {
            for (double beta : new double[] {0.5, 0.9}) {
                double lr = 0.01;
                Trace adam = trace("adam", c, Map.of("lr", "0.01", "eps", "0"), 25);
                Trace sgdm = trace("momentum", c, Map.of("lr", "0.01", "momentum", Double.toString(beta)), 25);
                for (int t = 1; t <= 25; t++) {
                    assertEquals(adam.step(t).params()[0], s.key("p3.c", lr, t, c), 1e-12);
                    assertEquals(sgdm.step(t).state().get("m")[0], s.key("p3.d", c, beta, t), 1e-9);
                    assertEquals(sgdm.step(t).params()[0], s.key("p3.e", lr, c, beta, t), 1e-9);
                    // Adam with β₁ = 0.9, β₂ = 0.999 (its defaults); the bias correction divides by 1 − β^t here
                    double m = adam.step(t).state().get("m")[0];
                    double v = adam.step(t).state().get("v")[0];
                    assertEquals(m, s.key("p3.f", c, 0.9, t), 1e-12);
                    assertEquals(v, s.key("p3.g", c, 0.999, t), 1e-12);
                    assertEquals(m / (1 - Math.pow(0.9, t)), s.key("p3.h", c, 0.9, t), 1e-12);
                    assertEquals(v / (1 - Math.pow(0.999, t)), s.key("p3.i", c, 0.999, t), 1e-9);
                }
            }
        }
        for (long w = 1; w <= 20; w++) {
            for (long k = 1; k <= 5; k++) {
                for (long p = 0; p <= 2; p++) {
                    for (long st = 1; st <= 3; st++) {
                        if (w + 2 * p >= k && (w + 2 * p - k) % st == 0) {
                            assertEquals(ConvArithmetic.convOutput(w, k, st, 2 * p, 1), s.key("p4.b", w, k, p, st), 1e-12);
                        }
                        long minIn = ConvArithmetic.minInput(w, k, st, 2 * p, 1).orElse(-1);
                        if (minIn > 0 && s.key("p4.d", w, k, p, st) >= 1) {
                            assertEquals(minIn, s.key("p4.d", w, k, p, st), 1e-12, w + " " + k + " " + p + " " + st);
                        }
                    }
                }
            }
        }
        for (int k1 = 1; k1 <= 4; k1++) {
            for (int k3 = 1; k3 <= 5; k3 += 2) {
                for (int s1 = 1; s1 <= 3; s1++) {
                    for (int s2 = 1; s2 <= 3; s2++) {
                        String stack = "k" + k1 + "s" + s1 + ",k3s" + s2 + ",k" + k3 + "s2";
                        assertEquals(RfStack.compute(stack).receptiveField(), s.key("p4.g", k1, 3, k3, s1, s2, 2), 1e-12, stack);
                    }
                }
            }
        }
        for (int layers = 1; layers <= 6; layers++) {
            for (int k = 1; k <= 7; k++) {
                String stack = String.join(",", java.util.Collections.nCopies(layers, "k" + k + "s1"));
                assertEquals(RfStack.compute(stack).receptiveField(), s.key("p4.f", layers, k), 1e-12);
            }
        }
    }

    private static Trace trace(String optimizer, double c, Map<String, String> options, int steps) {
        var problem = Problems.parse("constant", Map.of("c", Double.toString(c)));
        return TraceRunner.run(TraceRequest.of(problem, List.of(Optimizers.parse(optimizer, options)), steps)).traces().get(0);
    }

    @Test
    void theOptimizerPresetNamesAProblemAndOptimizersTheEngineKnows() throws IOException {
        String text = resource(provider, "presets/adam-vs-sgdm.optim");
        String problem = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("problem =")) {
                problem = l.substring("problem =".length()).strip();
            }
            if (l.startsWith("optimizer =")) {
                String[] words = l.substring("optimizer =".length()).strip().split("\\s+");
                Map<String, String> kv = new java.util.HashMap<>();
                for (int i = 1; i < words.length; i++) {
                    kv.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
                }
                Optimizers.parse(words[0], kv);
            }
        }
        assertEquals("constant", problem);
        Problems.parse(problem, Map.of("c", "2"));
    }
}
