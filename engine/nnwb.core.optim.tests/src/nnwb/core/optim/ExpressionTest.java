package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import nnwb.core.optim.expr.ExprParser;
import nnwb.core.optim.expr.UserFunction;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The user's function of x and y: values, precedence, derivatives, and errors with their column. */
class ExpressionTest {

    private static double eval(String f, double x, double y) {
        return UserFunction.parse(f).value(x, y);
    }

    @Test
    void arithmeticFollowsTheUsualPrecedence() {
        assertEquals(7, eval("1 + 2 * 3", 0, 0));
        assertEquals(9, eval("(1 + 2) * 3", 0, 0));
        assertEquals(-4, eval("-x^2", 2, 0), "power binds tighter than unary minus");
        assertEquals(0.5, eval("2^-1", 0, 0));
        assertEquals(Math.pow(2, 9), eval("2^3^2", 0, 0), "power is right associative");
        assertEquals(Math.pow(2, 9), eval("2**3**2", 0, 0));
        assertEquals(2, eval("8 / 2 / 2", 0, 0), "division is left associative");
        assertEquals(1.5e-3, eval("1.5e-3", 0, 0));
        assertEquals(Math.PI + Math.E, eval("pi + e", 0, 0), 1e-15);
        assertEquals(3 + 1, eval("x - -y", 3, 1));
    }

    @Test
    void functionsEvaluateAsJavaMathDoes() {
        double x = 0.7;
        double y = -1.3;
        assertEquals(Math.sin(x) * Math.cos(y) + Math.exp(x) - Math.log(x) + Math.sqrt(x) + Math.abs(y) + Math.tanh(y),
                eval("sin(x)*cos(y) + exp(x) - log(x) + sqrt(x) + abs(y) + tanh(y)", x, y), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^2 + 10*y^2", "(1 - x)^2 + 100*(y - x^2)^2", "sin(3*x) * cos(y) + x*y",
        "exp(-(x^2 + y^2)) * tanh(x - y)", "log(1 + x^2 + y^4) / sqrt(2 + x^2)", "abs(x - 0.1) + abs(y + 0.2)^1.5",
        "x^y + y^x", "(x*y)^3 / (1 + x^2)", "2^(x + y) - e^(x*y)", "-x^4 + 3*x*y - y / (2 + cos(x))"})
    void symbolicGradientMatchesACentralDifference(String f) {
        UserFunction fn = UserFunction.parse(f);
        SplittableRandom rng = new SplittableRandom(f.hashCode());
        for (int k = 0; k < 20; k++) {
            double x = 0.3 + rng.nextDouble() * 1.5;
            double y = 0.3 + rng.nextDouble() * 1.5;
            double[] g = new double[2];
            fn.gradient(x, y, g);
            double h = 1e-6;
            double gx = (fn.value(x + h, y) - fn.value(x - h, y)) / (2 * h);
            double gy = (fn.value(x, y + h) - fn.value(x, y - h)) / (2 * h);
            assertEquals(gx, g[0], 1e-6 * Math.max(1, Math.abs(gx)), f + " ∂x at " + x + "," + y);
            assertEquals(gy, g[1], 1e-6 * Math.max(1, Math.abs(gy)), f + " ∂y at " + x + "," + y);
            // the compiled program computes exactly what the derivative trees say
            assertEquals(fn.dfdx().eval(x, y), g[0], 0);
            assertEquals(fn.dfdy().eval(x, y), g[1], 0);
        }
    }

    @Test
    void aLongProductStillDifferentiatesCheaply() {
        UserFunction fn = UserFunction.parse("x" + "*x".repeat(300));
        double[] g = new double[2];
        fn.gradient(1.001, 0, g);
        assertEquals(301 * Math.pow(1.001, 300), g[0], 1e-9 * g[0]);
        long t0 = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            fn.gradient(1.001, 0, g);
        }
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "10000 gradients of a 301-factor product");
    }

    @Test
    void constantsDifferentiateToZeroAndDerivativesAreSimplified() {
        UserFunction fn = UserFunction.parse("3*x + pi");
        assertEquals("3", fn.dfdx().toString());
        assertEquals("0", fn.dfdy().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x +* y|column 4",
        "foo(x)|unknown name 'foo'",
        "(x + 1|missing ')'",
        "2x|expected an operator before 'x' at column 2",
        "x + |ends too early",
        "x ) |unmatched ')' at column 3",
        "sin x|sin needs its argument in parentheses",
        "x $ y|expected an operator before '$' at column 3",
        "1.2.3|'1.2.3' is not a number at column 1",
        "z^2|unknown name 'z'"})
    void badInputIsRejectedWithTheColumn(String text, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExprParser.parse(text));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith("expr: "), e.getMessage());
    }

    @Test
    void lengthAndNestingAreBounded() {
        String longText = "x" + " + x".repeat(ExprParser.MAX_LENGTH);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExprParser.parse(longText)).getMessage().contains("at most"));
        String deep = "(".repeat(60) + "x" + ")".repeat(60);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExprParser.parse(deep)).getMessage().contains("nesting"));
        String minus = "-".repeat(80) + "x";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExprParser.parse(minus)).getMessage().contains("nesting"));
        assertThrows(IllegalArgumentException.class, () -> ExprParser.parse("   "));
        assertEquals(1, ExprParser.parse("(".repeat(40) + "x" + ")".repeat(40)).eval(1, 0));
    }

    @Test
    void theExprProblemTracesTheTypedFunction() {
        Problem p = Problems.parse("expr", Map.of("f", "(x - 1)^2 + 2*(y + 0.5)^2", "start", "0,0"));
        assertEquals(1 + 0.5, p.loss(new double[] {0, 0}), 1e-15);
        double[] g = new double[2];
        p.gradient(new double[] {0, 0}, g);
        assertEquals(-2, g[0], 1e-15);
        assertEquals(2, g[1], 1e-15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Problems.parse("expr", Map.of()))
                .getMessage().contains("required"));
    }

    @Test
    void aDomainErrorEndsTheTraceAsDiverged() {
        Problem p = Problems.parse("expr", Map.of("f", "log(x) + y^2", "start", "0.5,1"));
        var sgd = nnwb.core.optim.update.Optimizers.parse("sgd", Map.of("lr", "1"));
        Trace t = TraceRunner.run(TraceRequest.of(p, java.util.List.of(sgd), 100)).traces().get(0);
        assertTrue(t.finalState().diverged());
        assertTrue(t.size() < 101);
    }
}
