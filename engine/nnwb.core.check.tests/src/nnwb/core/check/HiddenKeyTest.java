package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hidden key never reaches a student's feedback: neither its digits nor the distance from it; the direction (too high,
 * too low) is part of the reason, which every feedback policy shows.
 */
class HiddenKeyTest {

    private static void hiddenOmitsButOpenShows(Verdict v, String... keyTexts) {
        String hidden = FeedbackText.render("p1.a", v, true);
        String open = FeedbackText.render("p1.a", v, false);
        for (String k : keyTexts) {
            assertFalse(hidden.contains(k), "hidden feedback reveals " + k + ": " + hidden);
        }
        assertTrue(List.of(keyTexts).stream().anyMatch(open::contains), "open feedback shows the key: " + open);
        assertFalse(hidden.contains("yours is") || hidden.matches("(?s).*off by \\d.*"), "the distance: " + hidden);
    }

    @Test
    void integerKey() {
        hiddenOmitsButOpenShows(check(IntegerChecker.of(73914), "73000"), "73914");
    }

    @Test
    void realKeyWithUnitsAndTheMibHint() {
        hiddenOmitsButOpenShows(check(RealChecker.of(4829.17, "MB", Tolerance.relative(0.001)), "4000 MB"), "4829.17");
        Verdict mib = check(RealChecker.of(5L << 20, "B", Tolerance.relative(0.001)), "5 MB");
        hiddenOmitsButOpenShows(mib, Long.toString(5L << 20), "MiB");
        Verdict dimension = check(RealChecker.of(4829.17, "MB", Tolerance.relative(0.001)), "4829.17 s");
        assertFalse(FeedbackText.render("p", dimension, true).replace("4829.17 s", "").contains("4829"));
    }

    @Test
    void significantFiguresKey() {
        RealChecker c = new RealChecker(new BigDecimal("0.0738261"), Units.COUNT, NumberRule.of(Tolerance.relative(0.01))
                .withSigFigs(3));
        Verdict v = check(c, "0.0741");
        assertEquals(Status.PARTIAL, v.status());
        hiddenOmitsButOpenShows(v, "0.0738");
    }

    @Test
    void matrixKeyPerCellAndItsScaleFactor() {
        double[][] key = {{7.31, -2.96}, {4.58, 8.17}};
        Verdict v = check(MatrixChecker.matrix(key, Tolerance.relative(1e-3)), "7.31 -2.96; 1 1");
        hiddenOmitsButOpenShows(v, "4.58", "8.17");
        Verdict scaled = check(MatrixChecker.vector(new double[] {1.7, 3.4}, Tolerance.relative(1e-9), Freedom.SCALE),
                "5.1 10.2");
        assertEquals(Status.CORRECT, scaled.status());
        assertEquals("factor 3", scaled.keyDetail());
        assertFalse(FeedbackText.render("p", scaled, true).toLowerCase(java.util.Locale.ROOT).contains("factor"));
        assertTrue(FeedbackText.render("p", scaled, false).contains("Factor 3"));
    }

    @Test
    void tableKeyPerCell() {
        TableChecker t = TableChecker.of(List.of("conv1"), List.of("params", "bytes"),
                (r, c) -> c.equals("params") ? IntegerChecker.of(86419) : RealChecker.of(345676, "B", Tolerance.EXACT));
        Verdict v = check(t, new Answer.Fields(Map.of("conv1", new Answer.Fields(Map.of("params", Answer.text("1"),
                "bytes", Answer.text("2 B"))))));
        hiddenOmitsButOpenShows(v, "86419", "345676");
    }

    @Test
    void formulaKeyValueAtTheWitness() {
        Symbol x = Symbol.of("x", Domain.positive());
        Verdict v = check(FormulaChecker.of("7*x^2 + 3", x), "7*x^2 + 4");
        assertEquals("not equivalent: differs at x = 2", v.reason());
        hiddenOmitsButOpenShows(v, "31");
    }

    @Test
    void derivedKey() {
        DerivedChecker d = new DerivedChecker("your count", w -> new BigDecimal(86419), Units.COUNT,
                NumberRule.of(Tolerance.EXACT));
        hiddenOmitsButOpenShows(check(d, "5"), "86419");
    }
}
