package nnwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import nnwb.core.conv.ConvArithmetic;
import org.junit.jupiter.api.Test;

/** Keys computed from the student's own work, not fixed. */
class DerivedCheckerTest {

    /** The parameter count of a fully connected network whose widths the student wrote in part p1.widths. */
    private static BigDecimal mlpParameters(StudentWork work) {
        String[] widths = work.text("p1.widths").split(",");
        if (widths.length < 2) {
            throw new IllegalArgumentException("the widths need at least two layers");
        }
        long total = 0;
        for (int i = 1; i < widths.length; i++) {
            long in = Long.parseLong(widths[i - 1].strip());
            long out = Long.parseLong(widths[i].strip());
            total += (in + 1) * out;
        }
        return new BigDecimal(total);
    }

    private static final DerivedChecker PARAMS = new DerivedChecker("the parameter count of your network",
            DerivedCheckerTest::mlpParameters, Units.COUNT, NumberRule.of(Tolerance.EXACT));

    private static Verdict check(Checker c, String answer, Map<String, Answer> work) {
        return c.check(Answer.text(answer), CheckContext.of(Limits.DEFAULT, new StudentWork(work)));
    }

    @Test
    void eachStudentIsCheckedAgainstTheirOwnModel() {
        Map<String, Answer> small = Map.of("p1.widths", Answer.text("4, 3, 2"));
        Map<String, Answer> mnist = Map.of("p1.widths", Answer.text("784, 100, 10"));
        long smallCount = 5 * 3 + 4 * 2;
        long mnistCount = 785 * 100 + 101 * 10;
        assertEquals(Status.CORRECT, check(PARAMS, Long.toString(smallCount), small).status());
        assertEquals(Status.CORRECT, check(PARAMS, Long.toString(mnistCount), mnist).status());
        Verdict crossed = check(PARAMS, Long.toString(smallCount), mnist);
        assertEquals(Status.WRONG, crossed.status());
        assertTrue(crossed.keyDetail().endsWith("(the parameter count of your network)"), crossed.keyDetail());
    }

    @Test
    void workThatCannotBeUsedIsNamedInTheReason() {
        Verdict v = check(PARAMS, "10", Map.of());
        assertEquals(Status.UNGRADABLE, v.status());
        assertEquals("cannot compute the parameter count of your network from your work: part p1.widths has no answer, "
                + "text expected", v.reason());
    }

    @Test
    void paddingThatKeepsTheSizeForTheStudentsKernel() {
        // Toronto sheet, colourisation nets in our words: the student picks an odd kernel and gives the padding
        // that keeps a 32-wide input 32 wide at stride 1; the key comes from the engine's output-size rule.
        DerivedChecker padding = new DerivedChecker("the padding for your kernel", w -> {
            long k = Long.parseLong(w.text("k").strip());
            for (long p = 0; p <= k; p++) {
                if (ConvArithmetic.convOutput(32, k, 1, 2 * p, 1) == 32) {
                    return new BigDecimal(p);
                }
            }
            throw new IllegalArgumentException("no symmetric padding keeps the size for kernel " + k);
        }, Units.COUNT, NumberRule.of(Tolerance.EXACT));
        assertEquals(Status.CORRECT, check(padding, "2", Map.of("k", Answer.text("5"))).status());
        assertEquals(Status.CORRECT, check(padding, "3", Map.of("k", Answer.text("7"))).status());
        assertEquals(Status.WRONG, check(padding, "2", Map.of("k", Answer.text("7"))).status());
        Verdict even = check(padding, "2", Map.of("k", Answer.text("4")));
        assertEquals(Status.UNGRADABLE, even.status());
        assertTrue(even.reason().endsWith("no symmetric padding keeps the size for kernel 4"), even.reason());
    }

    @Test
    void aKeyThatComputesForeverStopsAtTheChecksDeadline() {
        DerivedChecker slow = new DerivedChecker("a key that never ends", (work, deadline) -> {
            while (true) {
                deadline.check();
            }
        }, Units.COUNT, NumberRule.of(Tolerance.EXACT));
        CheckContext c = CheckContext.of(Limits.DEFAULT.withCheckTime(java.time.Duration.ofMillis(20)), StudentWork.NONE);
        assertThrows(CheckTimeoutException.class, () -> slow.check(Answer.text("1"), c));
    }
}
