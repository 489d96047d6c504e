package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RealCheckerTest {

    @Test
    void relativeToleranceHoldsOnBothSidesOfTheKey() {
        double key = 0.731;
        RealChecker c = RealChecker.of(key, Tolerance.relative(0.01));
        assertEquals(Status.CORRECT, check(c, Double.toString(key * 1.009)).status());
        assertEquals(Status.CORRECT, check(c, Double.toString(key * 0.991)).status());
        Verdict high = check(c, Double.toString(key * 1.02));
        assertEquals(Status.WRONG, high.status());
        assertEquals("off by more than 1%, too high", high.reason());
        assertTrue(high.keyDetail().contains("too high"), high.keyDetail());
        assertTrue(check(c, Double.toString(key * 0.98)).keyDetail().contains("too low"));
    }

    @Test
    void absoluteToleranceCoversKeysNearZero() {
        RealChecker c = RealChecker.of(0.0, Tolerance.absolute(1e-3));
        assertEquals(Status.CORRECT, check(c, "0.0009").status());
        assertEquals(Status.CORRECT, check(c, "-9e-4").status());
        assertEquals(Status.WRONG, check(c, "0.0011").status());
        assertEquals("off by more than 0.001, too high", check(c, "0.0011").reason());
    }

    @Test
    void unitsAreConvertedBeforeComparing() {
        // EPFL sheet, problem 1 in our words: memory for weights of a width-K, L-layer MLP in fp32.
        long k = 512;
        long layers = 4;
        long bytes = 4 * k * k * layers;
        RealChecker c = RealChecker.of(bytes, "B", Tolerance.relative(0.005));
        String inMiB = new BigDecimal(bytes).divide(new BigDecimal(1 << 20)).toPlainString();
        String inKB = new BigDecimal(bytes).divide(new BigDecimal(1000)).toPlainString();
        assertEquals(Status.CORRECT, check(c, inMiB + " MiB").status());
        assertEquals(Status.CORRECT, check(c, inKB + " KB").status());
        assertEquals(Status.CORRECT, check(c, bytes * 8 + " bits").status());
        assertEquals(Status.CORRECT, check(c, Long.toString(bytes) + " bytes").status());
    }

    @Test
    void mbForMibIsWrongAndTheDetailNamesTheMixUp() {
        long bytes = 4L << 20;
        Verdict v = check(RealChecker.of(bytes, "B", Tolerance.relative(0.01)), "4 MB");
        assertEquals(Status.WRONG, v.status());
        assertTrue(v.keyDetail().contains("your number fits MiB"), v.keyDetail());
        assertTrue(v.keyDetail().contains("10^6") && v.keyDetail().contains("2^20"), v.keyDetail());
    }

    @Test
    void aUnitOfAnotherDimensionIsNamedInTheReason() {
        Verdict v = check(RealChecker.of(2048, "MiB", Tolerance.relative(0.01)), "2048 ms");
        assertEquals(Status.WRONG, v.status());
        assertTrue(v.reason().contains("'ms' is a time") && v.reason().contains("size in bytes"), v.reason());
    }

    @Test
    void aMissingUnitIsUngradableUnlessTheRuleAssumesTheKeyUnit() {
        RealChecker strict = RealChecker.of(12, "MB", Tolerance.relative(0.01));
        Verdict v = check(strict, "12");
        assertEquals(Status.UNGRADABLE, v.status());
        assertTrue(v.reason().startsWith("no unit"), v.reason());
        RealChecker lax = new RealChecker(new BigDecimal(12), Units.of("MB"), NumberRule.of(Tolerance.relative(0.01))
                .unitOptional());
        assertEquals(Status.CORRECT, check(lax, "12").status());
    }

    @Test
    void countsAcceptScaleWordsAndNouns() {
        // Berkeley sheet: a parameter count; 1.2M params within 5% of the exact count.
        long params = 3 * 3 * 64 * 128 + 128 + 1_000_000;
        RealChecker c = RealChecker.of(params, Tolerance.relative(0.05));
        assertEquals(Status.CORRECT, check(c, Figures.format(params / 1e6).substring(0, 4) + "M params").status());
        assertEquals(Status.CORRECT, check(c, params + " parameters").status());
    }

    @Test
    void significantFiguresNeedTheRightCountAndRounding() {
        BigDecimal key = new BigDecimal("0.0123456");
        RealChecker c = new RealChecker(key, Units.COUNT, NumberRule.of(Tolerance.relative(0.01)).withSigFigs(3));
        assertEquals(Status.CORRECT, check(c, "0.0123").status());
        assertEquals(Status.CORRECT, check(c, "1.23e-2").status());
        Verdict tooMany = check(c, "0.0123456");
        assertEquals(Status.PARTIAL, tooMany.status());
        assertEquals(0.5, tooMany.credit());
        assertTrue(tooMany.reason().contains("6 significant figures; 3 asked"), tooMany.reason());
        Verdict badRounding = check(c, "0.0124");
        assertEquals(Status.PARTIAL, badRounding.status());
        assertTrue(badRounding.reason().contains("not correctly rounded"), badRounding.reason());
        assertEquals(Status.WRONG, check(c, "0.0150").status());
    }

    @Test
    void significantFiguresAreCountedInTheUnitTheStudentChose() {
        long bytes = 1_234_567;
        RealChecker c = new RealChecker(new BigDecimal(bytes), Units.BYTE, NumberRule.of(Tolerance.relative(0.001))
                .withSigFigs(3));
        assertEquals(Status.CORRECT, check(c, "1.23 MB").status());
        assertEquals(Status.CORRECT, check(c, "1.18 MiB").status());
        assertEquals(Status.CORRECT, check(c, "1230 KB").status(), "1230 may show 3 significant figures");
    }

    @Test
    void unreadableAnswersAreUngradableWithAOneLineReason() {
        RealChecker c = RealChecker.of(1, Tolerance.relative(0.01));
        for (String bad : new String[] {"one", "1 furlong", "", "1,5"}) {
            Verdict v = check(c, bad);
            assertEquals(Status.UNGRADABLE, v.status(), bad);
            assertTrue(!v.reason().isEmpty() && !v.reason().contains("\n"), v.reason());
        }
        assertEquals(Status.UNGRADABLE, check(c, Answer.list("1", "2")).status());
        assertEquals(Status.WRONG, check(c, new Answer.Missing()).status());
    }
}
