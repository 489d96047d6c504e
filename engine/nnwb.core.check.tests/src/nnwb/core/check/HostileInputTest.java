package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted answers each get one clear verdict, quickly, and never crash the checker. */
class HostileInputTest {

    private static final Symbol X = Symbol.of("x", Domain.real());
    private static final String MILLION_DIGITS = "7".repeat(1_000_000);

    private static Verdict timed(Checker c, Answer a, CheckContext ctx) {
        long start = System.nanoTime();
        Verdict v = c.check(a, ctx);
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(ms < 1000, "took " + ms + " ms");
        assertFalse(v.reason().isBlank() || v.reason().contains("\n"), v.reason());
        return v;
    }

    private static Verdict timed(Checker c, String answer) {
        return timed(c, Answer.text(answer), CheckContext.standalone());
    }

    @Test
    void aMillionDigitNumberIsRefusedFastByEveryNumberChecker() {
        for (Checker c : List.of(IntegerChecker.of(7), RealChecker.of(7, Tolerance.EXACT),
                RealChecker.of(7, "MB", Tolerance.EXACT))) {
            Verdict v = timed(c, MILLION_DIGITS);
            assertEquals(Status.UNGRADABLE, v.status());
            assertTrue(v.reason().contains("1000000 characters"), v.reason());
        }
        Verdict cell = timed(MatrixChecker.vector(new double[] {7, 7}, Tolerance.EXACT), Answer.list("7", MILLION_DIGITS),
                CheckContext.standalone());
        assertEquals(Status.UNGRADABLE, cell.cells().get(1).status());
        assertTrue(cell.cells().get(1).reason().startsWith("number longer than"), cell.cells().get(1).reason());
    }

    @Test
    void aMillionDigitNumberInsideAFormulaIsRefused() {
        CheckContext roomy = CheckContext.of(Limits.DEFAULT.withFormula(2_000_000, 50), StudentWork.NONE);
        Verdict v = timed(FormulaChecker.of("x", X), Answer.text("x + " + MILLION_DIGITS), roomy);
        assertEquals(Status.UNGRADABLE, v.status());
        assertTrue(v.reason().startsWith("a number in the formula is 1000000 characters long"), v.reason());
    }

    @Test
    void tenThousandNestedParenthesesAreRefusedWithoutAStackOverflow() {
        String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        Verdict tooLong = timed(FormulaChecker.of("x", X), deep);
        assertEquals(Status.UNGRADABLE, tooLong.status());
        assertEquals("formula is 20001 characters long; at most 2000 allowed", tooLong.reason());
        CheckContext roomy = CheckContext.of(Limits.DEFAULT.withFormula(1_000_000, 50), StudentWork.NONE);
        Verdict v = timed(FormulaChecker.of("x", X), Answer.text(deep), roomy);
        assertEquals("formula nests 10000 levels deep; at most 50 allowed", v.reason());
    }

    @Test
    void deepChainsWithoutParenthesesAreRefusedToo() {
        CheckContext roomy = CheckContext.of(Limits.DEFAULT.withFormula(1_000_000, 50), StudentWork.NONE);
        for (String deep : List.of("-".repeat(10_000) + "x", "x" + "^x".repeat(10_000), "sqrt ".repeat(10_000) + "x",
                "√".repeat(10_000) + "x")) {
            Verdict v = timed(FormulaChecker.of("x", X), Answer.text(deep), roomy);
            assertEquals("formula nests deeper than 50 levels", v.reason(), deep.substring(0, 10));
        }
    }

    @Test
    void hugeExpansionsFallBackToEvaluationInsteadOfRunningAway() {
        List<Symbol> s = List.of(Symbol.of("a", Domain.real()), Symbol.of("b", Domain.real()), Symbol.of("c", Domain.real()),
                Symbol.of("d", Domain.real()));
        FormulaChecker c = FormulaChecker.of("(a+b+c+d)^60", s, 40, 1);
        Verdict v = timed(c, Answer.text("(d+c+b+a)^60"), CheckContext.standalone());
        assertEquals(Status.CORRECT, v.status(), v.reason());
        Verdict tower = timed(FormulaChecker.of("x", X), "((x^64)^64)^64");
        assertEquals(Status.WRONG, tower.status());
    }

    @Test
    void aCheckPastItsDeadlineStopsWithTheTimeLimitAsReason() {
        CheckContext expired = new CheckContext(Limits.DEFAULT, Deadline.after(Duration.ofNanos(1)), StudentWork.NONE);
        CheckTimeoutException e = assertThrows(CheckTimeoutException.class,
                () -> FormulaChecker.of("x", X).check(Answer.text("sqrt(x^2)"), expired));
        assertTrue(e.getMessage().startsWith("checking took longer than"), e.getMessage());
    }

    @Test
    void controlCharactersInAnswersNeverBreakTheReasonLine() {
        Verdict v = check(IntegerChecker.of(1), "1\n2\u0000\r\u2028x");
        assertEquals(Status.UNGRADABLE, v.status());
        assertFalse(v.reason().chars().anyMatch(ch -> ch < 32 || ch == 0x2028), v.reason());
    }

    @Test
    void freeTextIsCollectedButBounded() {
        assertEquals(Status.COLLECTED, check(FreeTextChecker.of(), "Dropout acts like a ridge penalty.").status());
        Verdict tooLong = check(new FreeTextChecker(100), "a".repeat(101));
        assertEquals(Status.UNGRADABLE, tooLong.status());
        assertEquals("text is 101 characters long; at most 100 allowed", tooLong.reason());
        assertEquals(Status.WRONG, check(FreeTextChecker.of(), "   ").status());
    }

    @Test
    void oddCharactersAreShownAsEscapesNeverHidden() {
        assertEquals("a\\u000Ab\\u0009c\\u202Eexe\\u2066x\\u2069\\u200F", Echo.visible("a\nb\tc\u202Eexe\u2066x\u2069\u200F"));
        assertEquals("Ada Lovelace, ünïcödé 名前", Echo.visible("Ada Lovelace, ünïcödé 名前"));
    }
}
