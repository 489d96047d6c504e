package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nnwb.assignment.berkeley.hw4.Hw4Assignment;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Answer;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.filter.grad.GradientSpread;
import nnwb.core.optim.closed.MuonUpdateReport;
import nnwb.core.optim.problem.MuonMatrix;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.NewtonSchulz;

/** Berkeley homework 4 as a student works it; numbers by hand, formula keys against the engine. */
class BerkeleyHw4Test {

    private static Assignment a;

    @BeforeAll
    static void build() {
        a = new Hw4Assignment().assignment();
    }

    static Student solved() {
        Answer table = new Answer.Fields(Map.of(
                "conv1", row("3*3*1*10 + 10", "28*28*10"),
                "pool1", row("0", "14×14×10"),
                "conv2", row("3×3×10×10 + 10", "1960"),
                "pool2", row("0", "490"),
                "flatten", row("0", "490"),
                "fc", row("490*3 + 3", "3")));
        return new Student(a)
                .answer("p1.a", "2 c dout^2 din")
                .answer("p1.b", "2 c dout din^2")
                .answer("p1.c", "8388608")                         // 2 · 1024 · 64 · 64
                .answer("p2.a", "1/sqrt(din)")
                .answer("p2.b", "sqrt(dout)")
                .answer("p2.c", "1/√din")
                .answer("p2.d", "√dout")
                .answer("p2.e", "sqrt(dout)")
                .answer("p2.f", "1/√dout")
                .answer("p3.a", "1, 1.5, 1.75, 1.875, 1.9375, 1.96875, 1.984375, 0.9921875, 0.49609375, 0.248046875")
                .answer("p3.b", "0 0 0 0 0 1 1.5 1.75 1.875 1.9375")
                .answer("p3.c", "-40 -40 -40; -40 -40 -40; -40 -40 -40")
                .answer("p3.d", "-19 -28 -32 -36 -29\n-30 -40 -40 -40 -30\n-30 -40 -40 -40 -30\n-30 -40 -40 -40 -30\n49 68 72 76 59")
                .answer("p3.e", "[[-19, -32, -29], [-30, -40, -30], [49, 72, 59]]")
                .answer("p4.a", "K^2 C F + F")
                .answer("p4.b", "(W - K)/S + 1")
                .answer("p4.c", table)
                .answer("p4.d", "0, 0.8, 0")
                .answer("p4.e", "0.8, 0, 0")
                .answer("p4.f", "(W - K + 2 P)/S + 1")
                .answer("p4.g", "F ((W - K + 2 P)/S + 1)^2")
                .answer("p4.h", "L (K - 1) + 1")
                .answer("p4.i", "2")                               // a later 3×3 layer adds 4 input pixels instead of 2
                .answer("p5.a", "-1 4 5; 3 0 2; 3 1 2")
                .answer("p5.b", "1.1 -0.4 -1.5; 0.7 0 -1.2; 0.7 -0.1 -1.2")
                .answer("p5.c", "(n - k + 1) sigma_x sigma_g")
                .answer("p5.d", "0 1 0 0; 0 0 2 0; 3 0 0 0; 0 0 0 4")
                .answer("p5.e", "0.25 0.25 0.5 0.5; 0.25 0.25 0.5 0.5; 0.75 0.75 1 1; 0.75 0.75 1 1")
                .answer("p5.f", "Max pooling routes the gradient to the winner; average pooling spreads it.")
                .answer("p6.a", "Edge-like kernels.")
                .answer("p6.b", "Weight sharing.");
    }

    private static Answer row(String params, String activations) {
        return new Answer.Fields(Map.of("params", Answer.text(params), "activations", Answer.text(activations)));
    }

    @Test
    void aStudentWhoGetsEverythingRightGetsFullMarks() {
        SubmissionResult r = solved().grade();
        Student.assertFullMarks(r);
        assertEquals(a.points() - 3, r.awarded(), 1e-9, "all but the three free-text parts");
        Student.assertNoHiddenKeyIn(r);
    }

    @Test
    void wrongAnswersFailWithAReasonPerCell() {
        Student s = solved();
        String why = s.assertNotCorrect("p3.c", "40 40 40; 40 40 40; 40 40 40");
        assertTrue(why.contains("0 of 9 cells correct"), why);
        assertTrue(s.assertNotCorrect("p3.e", "-19 -32; -30 -40").contains("expected a 3×3 matrix"));
        var partial = s.check("p5.d", "0 1 0 0; 0 0 2 0; 3 0 0 0; 4 0 0 0");
        assertEquals(nnwb.core.check.Status.PARTIAL, partial.verdict().status());
        assertEquals(14.0 / 16, partial.verdict().credit(), 1e-12);
        Answer badTable = new Answer.Fields(Map.of("conv1", row("3*3*1*10", "28*28*10")));
        var t = s.check("p4.c", badTable);
        assertTrue(t.verdict().reason().contains("1 of 12 cells correct"), t.verdict().reason());
        assertTrue(t.verdict().cells().stream().anyMatch(c -> c.cell().equals("conv1 / params") && c.reason().contains("not the expected")));
        s.assertNotCorrect("p1.a", "c dout^2 din");
        s.assertNotCorrect("p2.c", "1/sqrt(dout din)");
        s.assertNotCorrect("p4.e", "0, 0.8, 0");
        s.assertNotCorrect("p5.c", "(n - k + 1)^2 sigma_x sigma_g");
        s.assertNotCorrect("p4.f", "(W - K + P)/S + 1");              // padding on one side only
        s.assertNotCorrect("p4.g", "((W - K + 2 P)/S + 1)^2");        // one filter's output, not the shape's
        s.assertNotCorrect("p4.h", "L K");
        s.assertNotCorrect("p4.i", "4");
    }

    /**
     * 2(g) numerically: the backward map of x_{n+1} = c W x_n is c Wᵀ; for a rank-one ±1 matrix W = u vᵀ and the engine's
     * Xavier c, its largest gain (power iteration on (c Wᵀ)ᵀ(c Wᵀ)) is the growth p2.e holds, and multiplying by p2.f's
     * constant brings it to 1.
     */
    @Test
    void backpropagatedGradientsGrowByTheKeyAndItsConstantStopsThat() {
        Student s = solved();
        java.util.Random rnd = new java.util.Random(11);
        for (int[] d : new int[][] {{6, 10}, {16, 4}, {64, 64}, {3, 200}}) {
            int dout = d[0];
            int din = d[1];
            double c = ((MuonMatrix) Problems.parse("muon-matrix", Map.of("dout", "" + dout, "din", "" + din, "samples", "1",
                    "seed", "5"))).multiplier();
            double[][] w = new double[dout][din];
            double[] u = new double[dout];
            double[] v = new double[din];
            for (int i = 0; i < dout; i++) {
                u[i] = rnd.nextBoolean() ? 1 : -1;
            }
            for (int j = 0; j < din; j++) {
                v[j] = rnd.nextBoolean() ? 1 : -1;
            }
            for (int i = 0; i < dout; i++) {
                for (int j = 0; j < din; j++) {
                    w[i][j] = u[i] * v[j];
                }
            }
            double[] g = new double[dout];
            for (int i = 0; i < dout; i++) {
                g[i] = rnd.nextGaussian();
            }
            double gain = 0;
            for (int it = 0; it < 50; it++) {
                double[] back = new double[din];                      // c Wᵀ g
                for (int j = 0; j < din; j++) {
                    for (int i = 0; i < dout; i++) {
                        back[j] += c * w[i][j] * g[i];
                    }
                }
                double[] fwd = new double[dout];                      // (c Wᵀ)ᵀ back
                for (int i = 0; i < dout; i++) {
                    for (int j = 0; j < din; j++) {
                        fwd[i] += c * w[i][j] * back[j];
                    }
                }
                gain = Math.sqrt(norm(fwd) / norm(g));
                double n = norm(fwd);
                for (int i = 0; i < dout; i++) {
                    g[i] = fwd[i] / n;
                }
            }
            assertEquals(gain, s.key("p2.e", dout, din), 1e-9 * gain, dout + "×" + din);
            assertEquals(1, gain * s.key("p2.f", dout, din), 1e-9);
        }
        s.assertNotCorrect("p2.e", "sqrt(din)");
        s.assertNotCorrect("p2.e", "sqrt(dout din)");               // the spectral norm of W without c
        s.assertNotCorrect("p2.f", "1/sqrt(din)");
        s.assertNotCorrect("p2.f", "sqrt(dout)");
        Student.assertNoHiddenKeyIn(s.answer("p2.e", "din").answer("p2.f", "dout").grade());
    }

    /**
     * Xavier read as Glorot's variance 2/(din + dout): unit weights scaled by c have variance c², so c = √(2/(din + dout));
     * RMS(c ΔW x) ≤ c ‖ΔW‖ √din / √dout for RMS(x) = 1 gives the budget; a rank-one ±1 matrix has spectral norm
     * √(dout din); the backward gain is c √(dout din). Each part of problem 2 accepts this reading and says so.
     */
    @Test
    void glorotsReadingOfXavierPassesThroughoutProblemTwoAndTheFeedbackSaysSo() {
        Student s = solved();
        for (double[] d : new double[][] {{2, 8}, {6, 10}, {16, 4}, {64, 64}, {3, 200}}) {
            double dout = d[0];
            double din = d[1];
            double c = Math.sqrt(2 / (din + dout));
            double budget = Math.sqrt(dout) / (c * Math.sqrt(din));
            assertEquals(c, s.key("p2.a", "glorot", dout, din), 1e-12);
            assertEquals(budget, s.key("p2.b", "glorot", dout, din), 1e-12);
            assertEquals(budget / Math.sqrt(dout * din), s.key("p2.c", "glorot", dout, din), 1e-12);
            assertEquals(budget, s.key("p2.d", "glorot", dout, din), 1e-12);
            assertEquals(c * Math.sqrt(dout * din), s.key("p2.e", "glorot", dout, din), 1e-12);
            assertEquals(1 / (c * Math.sqrt(dout * din)), s.key("p2.f", "glorot", dout, din), 1e-12);
        }
        String[][] glorot = {{"p2.a", "sqrt(2/(din + dout))"}, {"p2.b", "sqrt(dout (din + dout)/(2 din))"},
                {"p2.c", "sqrt(din + dout)/(sqrt(2) din)"}, {"p2.d", "sqrt(dout/din) sqrt((din + dout)/2)"},
                {"p2.e", "sqrt(2 dout din/(din + dout))"}, {"p2.f", "sqrt((din + dout)/(2 dout din))"}};
        for (String[] g : glorot) {
            s.assertCorrect(g[0], g[1]);
            String reason = s.check(g[0], g[1]).verdict().reason();
            assertTrue(reason.contains("Glorot's 2/(din + dout)"), g[0] + ": " + reason);
        }
        s.assertNotCorrect("p2.a", "sqrt(1/(din + dout))");
        s.assertNotCorrect("p2.b", "sqrt((din + dout)/2)");              // Glorot's c, the budget without √dout
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Test
    void bothReadingsOfThePoolingGrowthPassAndTheFeedbackSaysWhichOne() {
        Student s = solved();
        s.assertCorrect("p4.i", "2");                          // every later layer's growth doubles: 2 → 4 input pixels
        s.assertCorrect("p4.i", "1");                          // the 2-wide window itself adds 2 − 1
        String reason = s.check("p4.i", "1").verdict().reason();
        assertTrue(reason.startsWith("accepted: that reads the growth as what the pooling window itself adds"), reason);
        String factor = s.check("p4.i", "2").verdict().reason();
        assertTrue(factor.contains("read as the factor (each later layer's growth multiplied) convention does"), factor);
    }

    @Test
    void aHiddenVectorKeyStaysHidden() {
        Student s = solved().answer("p4.e", "0 0.8 0");
        var r = s.grade();
        var e = r.part("p4.e");
        assertTrue(e.hidden());
        assertTrue(e.verdict().cells().stream().anyMatch(c -> !c.keyDetail().isEmpty()), "the instructor sees the expected cells");
        assertTrue(e.forStudent().cells().stream().allMatch(c -> c.keyDetail().isEmpty()));
        Student.assertNoHiddenKeyIn(r, "expected 0.8");
    }

    @Test
    void formulaKeysAgreeWithTheEngine() {
        Student s = new Student(a);
        for (int dout : new int[] {4, 64, 1024}) {
            for (int din : new int[] {3, 64, 512}) {
                double c = 0.7;
                assertEquals(c * NewtonSchulz.multiplicationsPerIteration(dout, din, NewtonSchulz.Polynomial.CUBIC, false),
                        s.key("p1.a", c, dout, din), 1e-6);
                assertEquals(c * NewtonSchulz.multiplicationsPerIteration(dout, din, NewtonSchulz.Polynomial.CUBIC, true),
                        s.key("p1.b", c, dout, din), 1e-6);
            }
        }
        for (int[] d : new int[][] {{6, 10}, {8, 4}, {12, 5}}) {
            MuonMatrix m = (MuonMatrix) Problems.parse("muon-matrix", Map.of("dout", "" + d[0], "din", "" + d[1], "samples", "1",
                    "seed", "5"));
            assertEquals(m.multiplier(), s.key("p2.a", d[0], d[1]), 1e-12);
            assertEquals(m.spectralBudget(), s.key("p2.b", d[0], d[1]), 1e-12);
            double[] g = m.batchGradient(m.start(), 1, 1);
            MuonUpdateReport r = MuonUpdateReport.of(g, d[0], d[1], m.spectralBudget(), NewtonSchulz.Polynomial.CUBIC, 5, 1e-7);
            assertEquals(r.signSgdRankOneLr(), s.key("p2.c", d[0], d[1]), 1e-12);
            assertEquals(r.exactMuonLr(), s.key("p2.d", d[0], d[1]), 1e-12);
        }
        for (int w = 2; w <= 30; w++) {
            for (int k = 1; k <= w; k++) {
                for (int st = 1; st <= 4; st++) {
                    if ((w - k) % st == 0) {
                        assertEquals(ConvArithmetic.convOutput(w, k, st, 0, 1), s.key("p4.b", w, k, st), 1e-12);
                    }
                }
            }
        }
        for (int w = 1; w <= 20; w++) {
            for (int k = 1; k <= 5; k++) {
                for (int p = 0; p <= 2; p++) {
                    for (int st = 1; st <= 3; st++) {
                        if (w + 2 * p >= k && (w + 2 * p - k) % st == 0) {
                            long out = ConvArithmetic.convOutput(w, k, st, 2 * p, 1);
                            assertEquals(out, s.key("p4.f", w, k, p, st), 1e-12);
                            assertEquals(7 * out * out, s.key("p4.g", w, k, p, st, 7), 1e-9);
                        }
                    }
                }
            }
        }
        for (int layers = 1; layers <= 6; layers++) {
            for (int k = 1; k <= 7; k++) {
                String stack = String.join(",", java.util.Collections.nCopies(layers, "k" + k + "s1"));
                assertEquals(nnwb.core.conv.RfStack.compute(stack).receptiveField(), s.key("p4.h", layers, k), 1e-12);
            }
        }
        for (int n : new int[] {4, 7, 25, 100}) {
            for (int k : new int[] {1, 3}) {
                assertEquals(GradientSpread.predictedStd(n, k, 0.5, 2), s.key("p5.c", n, k, 0.5, 2), 1e-12);
            }
        }
    }
}
