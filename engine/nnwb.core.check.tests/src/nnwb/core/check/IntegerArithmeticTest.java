package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts written as the coursework writes them, e.g. 3×3×10×10 + 10 in the Berkeley table. */
class IntegerArithmeticTest {

    @ParameterizedTest
    @ValueSource(strings = {"3×3×10×10 + 10", "3*3*10*10+10", "(3*3*10 + 1)*10", "3 x 3 x 10 x 10 + 10", "30^2 + 10",
            "1000 - 90", "3·3·10·10 + 10"})
    void aCalculationOfTheRightCountIsCorrect(String answer) {
        assertEquals(Status.CORRECT, check(IntegerChecker.of(910), answer).status(), answer);
    }

    @Test
    void aWrongCalculationSaysHowFarOffOnlyInTheDetail() {
        Verdict v = check(IntegerChecker.of(910), "3*3*10*10");
        assertEquals(Status.WRONG, v.status());
        assertEquals("not the expected number, too low", v.reason());
        assertTrue(v.keyDetail().contains("off by 10"), v.keyDetail());
    }

    @Test
    void plainNumbersAndPowersStillReadAsBefore() {
        assertEquals(Status.CORRECT, check(IntegerChecker.of(1024), "2^10").status());
        assertEquals(Status.CORRECT, check(IntegerChecker.of(-5), "-5").status());
        assertEquals(Status.CORRECT, check(IntegerChecker.of(1_500_000), "1.5M").status());
    }

    @Test
    void hostileCalculationsCostAReasonNotTime() {
        long start = System.nanoTime();
        for (String bad : new String[] {"(".repeat(50) + "1" + ")".repeat(50), "9".repeat(40) + "*2", "2^9999", "99^256*99^256*99^256",
                "3*", "*3", "(3+4", "3 x"}) {
            Verdict v = check(IntegerChecker.of(1), bad);
            assertEquals(Status.UNGRADABLE, v.status(), bad + ": " + v.reason());
        }
        assertEquals(Status.UNGRADABLE, check(IntegerChecker.of(1), "1+".repeat(60) + "1").status(), "longer than a number may be");
        assertTrue((System.nanoTime() - start) / 1e9 < 1);
    }
}
