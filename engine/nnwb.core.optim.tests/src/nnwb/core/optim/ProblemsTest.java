package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.problem.QuadraticForm;
import nnwb.core.optim.problem.SolutionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The problems: gradients, stochastic gradients, quadratic forms, solutions, options and errors. */
class ProblemsTest {

    static List<Problem> all() {
        return List.of(Problems.defaults("constant"), Problems.parse("quadratic", Map.of("angle", "35", "cond", "7")),
                Problems.defaults("rosenbrock"), Problems.parse("expr", Map.of("f", "sin(x)*y^2")),
                Problems.parse("least-squares", Map.of("X", "1,2,3; -1,0.5,2", "t", "1,2")), Problems.defaults("nqm"),
                Problems.defaults("dropout-least-squares"), Problems.parse("muon-matrix", Map.of("dout", "3", "din", "2")));
    }

    @Test
    void theRegistryListsTheIssuesNames() {
        assertEquals(List.of("constant", "quadratic", "rosenbrock", "expr", "least-squares", "nqm", "dropout-least-squares",
                "muon-matrix"), Problems.names());
    }

    @ParameterizedTest
    @MethodSource("all")
    void gradientMatchesACentralDifferenceOfTheLoss(Problem p) {
        SplittableRandom rng = new SplittableRandom(5);
        double[] w = p.start();
        for (int i = 0; i < w.length; i++) {
            w[i] += 0.3 + 0.4 * rng.nextDouble();
        }
        double[] g = new double[w.length];
        p.gradient(w, g);
        for (int i = 0; i < w.length; i++) {
            double h = 1e-6;
            double[] a = w.clone();
            double[] b = w.clone();
            a[i] += h;
            b[i] -= h;
            double fd = (p.loss(a) - p.loss(b)) / (2 * h);
            assertEquals(fd, g[i], 1e-6 * Math.max(1, Math.abs(fd)), p.name() + " coordinate " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("all")
    void quadraticFormsReproduceLossAndGradient(Problem p) {
        if (p.quadraticForm().isEmpty()) {
            return;
        }
        QuadraticForm q = p.quadraticForm().get();
        double[] w = p.start();
        for (int i = 0; i < w.length; i++) {
            w[i] += 0.1 * (i + 1);
        }
        assertEquals(p.loss(w), q.loss(w), 1e-10 * Math.max(1, Math.abs(p.loss(w))));
        double[] g1 = new double[w.length];
        double[] g2 = new double[w.length];
        p.gradient(w, g1);
        q.gradient(w, g2);
        for (int i = 0; i < w.length; i++) {
            assertEquals(g1[i], g2[i], 1e-10 * Math.max(1, Math.abs(g1[i])));
        }
    }

    @ParameterizedTest
    @CsvSource({"least-squares,2", "dropout-least-squares,7", "nqm,3", "muon-matrix,2"})
    void stochasticGradientsAverageToTheExactGradient(String name, int batch) {
        Problem p = name.equals("least-squares") ? Problems.parse(name, Map.of("X", "1,2; 3,-1; 0,1; 2,2", "t", "1,0,2,-1"))
                : Problems.defaults(name);
        double[] w = p.start();
        for (int i = 0; i < w.length; i++) {
            w[i] += 0.2;
        }
        double[] exact = new double[w.length];
        p.gradient(w, exact);
        double[] mean = new double[w.length];
        double[] sq = new double[w.length];
        double[] g = new double[w.length];
        SplittableRandom rng = new SplittableRandom(9);
        int n = 40_000;
        for (int k = 0; k < n; k++) {
            p.sampleGradient(w, g, batch, rng);
            for (int i = 0; i < w.length; i++) {
                mean[i] += g[i] / n;
                sq[i] += g[i] * g[i] / n;
            }
        }
        for (int i = 0; i < w.length; i++) {
            double se = Math.sqrt(Math.max(sq[i] - mean[i] * mean[i], 0) / n);
            assertEquals(exact[i], mean[i], 5 * se + 1e-12, name + " coordinate " + i);
        }
    }

    @Test
    void torontoDefaultIsTheTwoOneExample() {
        Problem p = Problems.defaults("least-squares");
        assertEquals(2, p.dimension());
        SolutionSet s = p.solutionSet().orElseThrow();
        assertEquals(0.8, s.minNorm()[0], 1e-15);
        assertEquals(0.4, s.minNorm()[1], 1e-15);
        assertEquals(1, s.rank());
        assertTrue(s.consistent());
        double[] v = s.nullBasis().get(0);
        assertEquals(0, 2 * v[0] + v[1], 1e-15);
        assertEquals(Math.sqrt(5), s.nullNorm(new double[] {1, -2}), 1e-12);
        assertEquals(List.of(List.of(2.0, 1.0)), p.settings().get("X"));
    }

    @Test
    void quadraticHasTheAskedCurvaturesAlongRotatedAxes() {
        Problem p = Problems.parse("quadratic", Map.of("cond", "25", "scale", "4", "angle", "90"));
        double[] h = p.quadraticForm().orElseThrow().eigen().values();
        assertEquals(4, h[0], 1e-12);
        assertEquals(4.0 / 25, h[1], 1e-12);
        // rotated by 90°, the stiff axis is y
        assertEquals(0.5 * 4, p.loss(new double[] {0, 1}), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bowl|X=1|unknown problem 'bowl'",
        "quadratic|foo=1|quadratic has no option 'foo'; it takes cond, scale, angle, start",
        "quadratic|cond=0.5|quadratic: cond must be in [1,",
        "quadratic|cond=abc|quadratic: cond must be a number, got 'abc'",
        "least-squares|X=1,2;3|least-squares: X row 2 has 1 values but row 1 has 2",
        "least-squares|t=1,2|least-squares: t has 2 values but X has 1 rows",
        "least-squares|start=1|least-squares: start needs 2 values, got 1",
        "nqm|a=0|nqm: a must be positive",
        "dropout-least-squares|p=1|dropout-least-squares: p must be in [0, 0.999]",
        "muon-matrix|dout=0|muon-matrix: dout must be between 1 and 256, got 0",
        "constant|c=1e400|constant: c is too large"})
    void badOptionsGiveOneLineMessages(String name, String option, String fragment) {
        String[] kv = option.split("=", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Problems.parse(name, Map.of(kv[0], kv[1])));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void settingsRecordDefaultsAndGivenValues() {
        Problem p = Problems.parse("nqm", Map.of("sigma", "2"));
        assertEquals(Map.of("a", 1.0, "sigma", 2.0, "start", List.of(1.0)), p.settings());
        assertEquals(1 / Math.sqrt(4), Problems.defaults("muon-matrix").settings().get("c"));
    }
}
