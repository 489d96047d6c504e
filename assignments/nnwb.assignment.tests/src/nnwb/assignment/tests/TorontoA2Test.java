package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnwb.assignment.toronto.a2.A2Assignment;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Answer;
import nnwb.core.optim.TraceFinal;
import nnwb.core.optim.WeightDecayVsL2;
import nnwb.core.optim.closed.NqmTheory;
import nnwb.core.optim.problem.NoisyQuadratic;
import nnwb.core.optim.problem.Problems;

/** The Toronto assignment as a student works it; numbers by hand, formula keys against the engine. */
class TorontoA2Test {

    private static Assignment a;

    @BeforeAll
    static void build() {
        a = new A2Assignment().assignment();
    }

    /**
     * η* = n aᵀg / (2‖g‖²) with a = Xw₀ − t and g = XXᵀa, and the loss there, worked out by hand; then w₁ and its loss
     * after one step at η = 0.1, and L₁''(η).
     */
    private static double[] oneStep() {
        return oneStep(new double[] {0.3, -0.7});
    }

    /** {@link #oneStep()} from another starting point (a student's variant). */
    static double[] oneStep(double[] w0) {
        double[][] x = {{1, 2}, {3, -1}, {0.5, 0.5}};
        double[] t = {1, 0, 2};
        int n = 3;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = x[i][0] * w0[0] + x[i][1] * w0[1] - t[i];
        }
        double[] xtr = {0, 0};
        for (int i = 0; i < n; i++) {
            xtr[0] += x[i][0] * r[i];
            xtr[1] += x[i][1] * r[i];
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = x[i][0] * xtr[0] + x[i][1] * xtr[1];
        }
        double ag = 0;
        double gg = 0;
        double aa = 0;
        for (int i = 0; i < n; i++) {
            ag += r[i] * g[i];
            gg += g[i] * g[i];
            aa += r[i] * r[i];
        }
        double eta = n * ag / (2 * gg);
        double loss = (aa - 4 * eta / n * ag + 4 * eta * eta / (n * n) * gg) / n;
        // one step at η = 0.1 taken literally: w₁ = w₀ − η (2/n) Xᵀa, then the loss of w₁ itself
        double[] w1 = {w0[0] - 0.1 * 2 * xtr[0] / n, w0[1] - 0.1 * 2 * xtr[1] / n};
        double l1 = 0;
        for (int i = 0; i < n; i++) {
            double e = x[i][0] * w1[0] + x[i][1] * w1[1] - t[i];
            l1 += e * e / n;
        }
        // L₁(η) = (1/n)‖a − η (2/n) g‖², so L₁'' = (2/n)(4/n²)‖g‖²
        return new double[] {eta, loss, w1[0], w1[1], l1, 8 * gg / (n * n * n)};
    }

    static Student solved() {
        TraceFinal rms = A2Assignment.rmsprop().finalState();
        double[] one = oneStep();
        Answer table = new Answer.Fields(Map.of(
                "k4", new Answer.Fields(Map.of("conv_padding", Answer.text("1"), "convt_padding", Answer.text("1"),
                        "output_padding", Answer.text("0"))),
                "k5", new Answer.Fields(Map.of("conv_padding", Answer.text("2"), "convt_padding", Answer.text("2"),
                        "output_padding", Answer.text("1")))));
        return new Student(a)
                .answer("p1.a", "0.8, 0.4")                        // t·x/‖x‖² = 2·(2, 1)/5
                .answer("p1.b", String.format(Locale.ROOT, "%.3f, %.3f", rms.params()[0], rms.params()[1]))
                .answer("p1.c", String.format(Locale.ROOT, "%.3f", Math.abs(rms.params()[0] - 2 * rms.params()[1]) / Math.sqrt(5)))
                .answer("p1.d", "No: its first steps move both weights alike and leave the row space.")
                .answer("p2.a", String.format(Locale.ROOT, "%.5f", one[0]))
                .answer("p2.b", String.format(Locale.ROOT, "%.6f", one[1]))
                .answer("p2.c", "lambda/(2 eta)")
                .answer("p2.d", String.format(Locale.ROOT, "%.6f, %.6f", one[2], one[3]))
                .answer("p2.e", String.format(Locale.ROOT, "%.6f", one[4]))
                .answer("p2.f", String.format(Locale.ROOT, "%.5f", one[5]))
                .answer("p3.a", "σ²/B")
                .answer("p3.b", "It grows, as the noise shrinks.")
                .answer("p3.c", "C")
                .answer("p4.a", "kernel^2 (NIC NF + 4 NF^2 + NF NC + NC^2)")
                .answer("p4.b", "1600 NF + 1280 NC")              // 1024 NF + 2·256 NF + 64 NF + 256 NC + 1024 NC
                .answer("p4.c", "kernel^2 (1024 NIC NF + 640 NF^2 + 256 NF NC + 1024 NC^2)")
                .answer("p4.d", "4 (1600 NF + 1280 NC)")
                .answer("p4.e", "4096 NIC NF kernel^2 + 2560 NF^2 kernel^2 + 1024 NF NC kernel^2 + 4096 NC^2 kernel^2")
                .answer("p5.a", table)
                .answer("p5.b", "ConvTransposeNet: learned upsampling.");
    }

    @Test
    void aStudentWhoGetsEverythingRightGetsFullMarks() {
        SubmissionResult r = solved().grade();
        Student.assertFullMarks(r);
        Student.assertNoHiddenKeyIn(r);
    }

    /**
     * Sheet 2.1.1-2.1.2 at η = 0.1 from w₀ = (0.3, −0.7), by hand: a = Xw₀ − t = (−2.1, 1.6, −2.2), Xᵀa = (1.6, −6.9),
     * ∇L = (2/3)Xᵀa, w₁ = (0.19333, −0.24); Xw₁ − t = (−1.28667, 0.82, −2.02333), L₁ = 6.42179/3; XXᵀa = (−12.2, 11.7,
     * −2.65), L₁'' = 8·292.7525/27.
     */
    @Test
    void theOneStepWrittenOutAtALearningRate() {
        double[] one = oneStep();
        assertEquals(0.193333, one[2], 1e-6);
        assertEquals(-0.24, one[3], 1e-12);
        assertEquals(6.4217889 / 3, one[4], 1e-6);
        assertEquals(86.741481, one[5], 1e-5);
        Student s = solved();
        s.assertCorrect("p2.d", "0.19333, -0.24");
        s.assertCorrect("p2.e", "2.1406");
        s.assertCorrect("p2.f", "86.74");
        s.assertNotCorrect("p2.d", "0.246667, -0.47");       // the gradient without the factor 2
        s.assertNotCorrect("p2.e", "6.421789");               // the squared error not divided by n
        s.assertNotCorrect("p2.f", "43.37074");                // (1/n)‖h‖², the factor 2 lost
        s.assertNotCorrect("p2.f", "-86.74");
        Student.assertNoHiddenKeyIn(s.grade());
        var wrong = s.answer("p2.e", "2.5").answer("p2.f", "43.37").grade();
        Student.assertNoHiddenKeyIn(wrong, String.format(Locale.ROOT, "%.4f", one[4]), "86.74");
    }

    /**
     * Sheet 4.3 accepts counts with the batch norms, and "outputs" may take in the pooling and upsampling layers. By hand
     * from the shapes: the batch norms sit on NF×16×16, 2NF×8×8, NF×16×16 and NC×32×32, so they add 640 NF + 1024 NC
     * outputs (one connection each) and 4 NF + NC scales; the pooling and upsampling outputs have the same shapes.
     */
    @Test
    void theCountsWithBatchNormsOrResamplingPassAndSaySo() {
        Student s = solved();
        String[][] accepted = {
                {"p4.a", "kernel^2 (NIC NF + 4 NF^2 + NF NC + NC^2) + 4 NF + NC", "batch norms"},
                {"p4.b", "2240 NF + 2304 NC", "pooling and upsampling"},           // 1600 NF + 1280 NC + 640 NF + 1024 NC
                {"p4.b", "2880 NF + 3328 NC", "the pooling and upsampling layers and the batch norms"},
                {"p4.c", "kernel^2 (1024 NIC NF + 640 NF^2 + 256 NF NC + 1024 NC^2) + 640 NF + 1024 NC", "batch norms"},
                {"p4.d", "4 (2240 NF + 2304 NC)", "pooling and upsampling"},
                {"p4.d", "4 (2880 NF + 3328 NC)", "batch norms"},
                {"p4.e", "4 (kernel^2 (1024 NIC NF + 640 NF^2 + 256 NF NC + 1024 NC^2) + 640 NF + 1024 NC)", "batch norms"}};
        for (String[] a : accepted) {
            s.assertCorrect(a[0], a[1]);
            String reason = s.check(a[0], a[1]).verdict().reason();
            assertTrue(reason.contains(a[2]) && reason.contains("convolutions"), a[0] + " " + a[1] + ": " + reason);
        }
        s.assertNotCorrect("p4.a", "kernel^2 (NIC NF + 4 NF^2 + NF NC + NC^2) + 8 NF + 2 NC");   // the batch norms' biases
        s.assertNotCorrect("p4.b", "3520 NF + 4352 NC");               // the ReLUs' outputs as well
        s.assertNotCorrect("p4.d", "2240 NF + 2304 NC");               // 32×32's count for a 64×64 input
        Student.assertNoHiddenKeyIn(s.answer("p4.b", "NF").answer("p4.d", "NC").grade());
    }

    @Test
    void rmspropLeavesTheMinimumNormPoint() {
        TraceFinal rms = A2Assignment.rmsprop().finalState();
        assertEquals(2, 2 * rms.params()[0] + rms.params()[1], 1e-3, "on the solution line");
        assertTrue(rms.nullSpaceNorm() > 0.1);
        Student s = solved();
        s.assertNotCorrect("p1.b", "0.8, 0.4");
    }

    @Test
    void wrongAnswersFailWithAReason() {
        Student s = solved();
        s.assertNotCorrect("p2.c", "lambda/eta");
        s.assertNotCorrect("p3.a", "sigma^2");
        String why = s.assertNotCorrect("p4.a", "kernel^2 (NIC NF + 2 NF^2 + NF NC + NC^2)");
        assertTrue(why.contains("differ"), why);
        s.assertNotCorrect("p4.d", "1600 NF + 1280 NC");
        Answer wrongTable = new Answer.Fields(Map.of("k4", new Answer.Fields(Map.of("conv_padding", Answer.text("2")))));
        var t = s.check("p5.a", wrongTable);
        assertTrue(t.verdict().reason().contains("0 of 6 cells correct"), t.verdict().reason());
        assertTrue(s.assertNotCorrect("p2.a", String.format(Locale.ROOT, "%.5f", oneStep()[0] * 1.01)).contains("off by more than 0.1%"));
    }

    @Test
    void formulaKeysAgreeWithTheEngine() {
        Student s = new Student(a);
        for (double eta : new double[] {0.01, 0.3}) {
            for (double lambda : new double[] {0.001, 0.2}) {
                assertEquals(WeightDecayVsL2.equivalentPenalty(eta, lambda, false), s.key("p2.c", lambda, eta), 1e-12);
            }
        }
        for (int b : new int[] {1, 8, 256}) {
            NqmTheory nqm = NqmTheory.of((NoisyQuadratic) Problems.parse("nqm", Map.of("sigma", "1.5")));
            assertEquals(nqm.noiseVariance(b), s.key("p3.a", 1.5, b), 1e-12);
        }
    }
}
