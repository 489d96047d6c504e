package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnwb.core.symbolic.Poly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaCheckerTest {

    private static final Symbol N = Symbol.of("n", Domain.positiveIntegers());
    private static final Symbol K = Symbol.of("K", Domain.positiveIntegers());
    private static final Symbol L = Symbol.of("L", Domain.positiveIntegers());
    private static final Symbol X_REAL = Symbol.of("x", Domain.real());
    private static final Symbol X_POS = Symbol.of("x", Domain.positive());

    /** The values of the point a reason names, e.g. "differs at n = 2, K = 3". */
    private static Map<String, Double> point(String reason) {
        Matcher m = Pattern.compile("(\\w+) = (-?[0-9.e-]+)").matcher(reason);
        Map<String, Double> p = new HashMap<>();
        while (m.find()) {
            p.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertFalse(p.isEmpty(), reason);
        return p;
    }

    /** EPFL sheet, problem 1 in our words: the forward multiplications of L layers of width K on n inputs. */
    private static Poly forwardMultiplications() {
        Poly perLayer = Poly.var("n").multiply(Poly.var("K")).multiply(Poly.var("K"));
        Poly total = Poly.ZERO;
        for (int layer = 0; layer < 3; layer++) {
            total = total.add(perLayer);
        }
        return total.divide(3).multiply(Poly.var("L"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n*K^2*L", "L n K²", "nK²L", "n·K·K·L", "(n K)(K L)", "K^2 n L + 0", "n*K^3*L/K"})
    void equivalentPolynomialsPassExactly(String answer) {
        Verdict v = check(FormulaChecker.of(forwardMultiplications(), N, K, L), answer);
        assertEquals(Status.CORRECT, v.status(), v.reason());
        assertEquals("correct: equivalent as rational functions (checked exactly)", v.reason());
    }

    @Test
    void aWrongPolynomialNamesAPointWhereTheyDiffer() {
        // Training costs forward plus two backward products: 3nK²L; nK²L + nK²L misses one.
        FormulaChecker c = FormulaChecker.of("3*n*K^2*L", N, K, L);
        assertEquals(Status.CORRECT, check(c, "nK^2L + 2 n K^2 L").status());
        Verdict v = check(c, "nK^2L + nK^2L");
        assertEquals(Status.WRONG, v.status());
        Map<String, Double> p = point(v.reason());
        double key = 3 * p.get("n") * p.get("K") * p.get("K") * p.get("L");
        double given = 2 * p.get("n") * p.get("K") * p.get("K") * p.get("L");
        assertTrue(key != given);
        assertTrue(v.keyDetail().contains(Figures.format(key)) && v.keyDetail().contains(Figures.format(given)),
                v.keyDetail());
    }

    @Test
    void aRemovablePointDoesNotMakeRationalFunctionsDifferent() {
        // Decision: (x²−1)/(x−1) and x+1 agree wherever both are defined, so they are equivalent.
        assertEquals(Status.CORRECT, check(FormulaChecker.of("x+1", X_REAL), "(x^2-1)/(x-1)").status());
        assertEquals(Status.CORRECT, check(FormulaChecker.of("(x^2-1)/(x-1)", X_REAL), "x+1").status());
        Verdict wrong = check(FormulaChecker.of("x+1", X_REAL), "(x^2-1)/(x+1)");
        assertEquals(Status.WRONG, wrong.status());
        double x = point(wrong.reason()).get("x");
        assertTrue(Math.abs((x + 1) - (x * x - 1) / (x + 1)) > 1e-9);
    }

    @Test
    void rationalFunctionsAreComparedByCrossMultiplying() {
        Symbol a = Symbol.of("a", Domain.real());
        Symbol b = Symbol.of("b", Domain.real());
        FormulaChecker c = FormulaChecker.of("1/a + 1/b", a, b);
        assertEquals(Status.CORRECT, check(c, "(a+b)/(a b)").status());
        assertEquals(Status.WRONG, check(c, "2/(a+b)").status());
    }

    @Test
    void squareRootOfASquareEqualsXOnlyWhereXIsDeclaredPositive() {
        Verdict positive = check(FormulaChecker.of("x", X_POS), "sqrt(x^2)");
        assertEquals(Status.CORRECT, positive.status(), positive.reason());
        Verdict real = check(FormulaChecker.of("x", X_REAL), "sqrt(x^2)");
        assertEquals(Status.WRONG, real.status());
        assertTrue(point(real.reason()).get("x") < 0, real.reason());
        assertEquals(Status.CORRECT, check(FormulaChecker.of("abs(x)", X_REAL), "√(x²)").status());
    }

    @Test
    void logarithmOfAProductSplitsForPositiveSymbols() {
        Symbol a = Symbol.of("a", Domain.positive());
        Symbol b = Symbol.of("b", Domain.positive());
        FormulaChecker c = FormulaChecker.of("log(a*b)", a, b);
        assertEquals(Status.CORRECT, check(c, "log a + log b").status());
        assertEquals(Status.CORRECT, check(c, "ln(a) + ln(b)").status());
        Verdict wrong = check(c, "log(a) * log(b)");
        assertEquals(Status.WRONG, wrong.status());
        Map<String, Double> p = point(wrong.reason());
        assertTrue(Math.abs(Math.log(p.get("a") * p.get("b")) - Math.log(p.get("a")) * Math.log(p.get("b"))) > 1e-6);
    }

    @Test
    void aKeyDefinedOnlyNearOneEndOfItsDomainIsSampledInsideIt() {
        // A naive checker drawing x from [-10, 10] finds log(x - 9) defined on 5% of its draws; here the instructor
        // declares x in (9, 12) and every draw counts, including those close to the end at 9.
        Symbol x = Symbol.of("x", Domain.interval(9, 12));
        FormulaChecker c = FormulaChecker.of("log(x - 9)", x);
        Verdict v = check(c, "log((x-9)^2)/2");
        assertEquals(Status.CORRECT, v.status(), v.reason());
        assertTrue(v.reason().contains("at 40 random points"), v.reason());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FormulaChecker.of("log(x - 9)", X_REAL));
        assertTrue(e.getMessage().contains("declare the symbols' domains"), e.getMessage());
    }

    @Test
    void pointsWhereTheKeyIsUndefinedAreSkippedAndCounted() {
        // log(x) is undefined for negative x where log(x²)/2 is defined: those points are skipped, the rest agree.
        Symbol x = Symbol.of("x", Domain.interval(-1, 5));
        Verdict v = check(FormulaChecker.of("log(x)", x), "log(x^2)/2");
        assertEquals(Status.CORRECT, v.status(), v.reason());
        assertTrue(v.reason().matches(".*; \\d+ points? skipped where a side is undefined"), v.reason());
    }

    @Test
    void aFormulaUndefinedWhereTheKeyIsDefinedIsWrong() {
        // sqrt(x)² equals x wherever it is defined, but it is undefined for every negative x.
        Verdict v = check(FormulaChecker.of("x", X_REAL), "sqrt(x)^2");
        assertEquals(Status.WRONG, v.status());
        assertTrue(v.reason().startsWith("not equivalent: your formula is undefined at x = -"), v.reason());
    }

    @Test
    void smallIntegerDomainsAreCheckedAtEveryPoint() {
        // x² and x agree on {0, 1}: over that declared domain they are equal, everywhere else not.
        Symbol bit = Symbol.of("x", Domain.integers(0, 1));
        Verdict v = check(FormulaChecker.of("x", bit), "x^2");
        assertEquals(Status.CORRECT, v.status(), v.reason());
        assertEquals("correct: equal at every point of the declared domains (2 points)", v.reason());
        Symbol k = Symbol.of("k", Domain.integers(1, 30));
        assertEquals(Status.CORRECT, check(FormulaChecker.of("(-1)^(2k)", k), "1").status());
    }

    @Test
    void minimumInputOfAStridedConvolution() {
        // EPFL sheet, problem 4 in our words: the smallest input giving W outputs with kernel K, stride S, padding P.
        List<Symbol> syms = List.of(Symbol.of("W", Domain.positiveIntegers()), Symbol.of("K", Domain.positiveIntegers()),
                Symbol.of("S", Domain.positiveIntegers()), Symbol.of("P", Domain.integers(0, 5)));
        FormulaChecker c = FormulaChecker.of("(W-1)*S + K - 2*P", syms, 40, 7);
        assertEquals(Status.CORRECT, check(c, "S(W-1) - 2P + K").status());
        Verdict v = check(c, "W*S + K - 2P");
        assertEquals(Status.WRONG, v.status());
        Map<String, Double> p = point(v.reason());
        assertTrue((p.get("W") - 1) * p.get("S") != p.get("W") * p.get("S"));
    }

    @Test
    void nonPolynomialFormsAreComparedByEvaluation() {
        Symbol t = Symbol.of("t", Domain.positiveIntegers());
        Symbol b = Symbol.of("beta", Domain.interval(0, 1));
        // Adam's bias correction: 1/(1-β^t) written two ways.
        FormulaChecker c = FormulaChecker.of("1/(1-beta^t)", List.of(t, b), 40, 3);
        assertEquals(Status.CORRECT, check(c, "1/(1 - exp(t*log(beta)))").status());
        assertEquals(Status.WRONG, check(c, "1/(1-beta)^t").status());
    }

    @Test
    void aDifferenceIsReportedAtASmallPointWhenThereIsOne() {
        Verdict v = check(FormulaChecker.of("exp(x)", X_POS), "1 + x + x^2/2");
        assertEquals(Status.WRONG, v.status());
        assertEquals("not equivalent: differs at x = 2", v.reason());
    }

    @Test
    void engineResultsAndTypedKeysAgree() {
        ToDoubleFunction<double[]> f = p -> p[0] * p[1] * p[1] * p[2];
        Formula typed = Formula.parse("n*K^2*L", List.of(N, K, L), Limits.DEFAULT);
        Formula engine = FormulaChecker.of(forwardMultiplications(), N, K, L).key();
        double[] at = {3, 5, 7};
        assertEquals(f.applyAsDouble(at), typed.evaluate(at));
        assertEquals(f.applyAsDouble(at), engine.evaluate(at));
        assertTrue(typed.isRational());
        assertFalse(Formula.parse("sqrt(n)", List.of(N), Limits.DEFAULT).isRational());
    }

    @Test
    void unreadableFormulasAreUngradableWithThePlace() {
        FormulaChecker c = FormulaChecker.of("n*K", N, K);
        assertEquals("cannot read the formula at character 5: ')' expected", check(c, "(n*K").reason());
        assertEquals("unknown symbol 'z'; the symbols are n, K", check(c, "n*z").reason());
        assertEquals("empty formula", check(c, " ").reason());
        assertEquals(Status.UNGRADABLE, check(c, "n K)").status());
        assertEquals(Status.UNGRADABLE, check(c, "n ** ").status());
    }

    @Test
    void formulasPrintAsLatexForThePreview() {
        List<Symbol> syms = List.of(N, K, L, Symbol.of("eta", Domain.positive()));
        assertEquals("\\frac{n K^{2} L}{2}", Formula.parse("n K^2 L / 2", syms, Limits.DEFAULT).latex());
        assertEquals("\\sqrt{n} + \\log\\left(\\eta\\right)", Formula.parse("sqrt(n) + log(eta)", syms, Limits.DEFAULT)
                .latex());
    }
}
