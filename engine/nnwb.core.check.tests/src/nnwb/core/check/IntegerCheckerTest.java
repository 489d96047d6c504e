package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerCheckerTest {

    // Berkeley sheet, CONV/POOL/FC stacks in our words: a 3x3 convolution from 3 to 10 channels with biases.
    private static final long CONV_PARAMS = (3 * 3 * 3 + 1) * 10;

    @ParameterizedTest
    @ValueSource(strings = {"280", "2.8e2", "2.80×10^2", " 280 ", "280 params", "+280"})
    void acceptsTheExactCountInAnyForm(String answer) {
        assertEquals(Status.CORRECT, check(IntegerChecker.of(CONV_PARAMS), answer).status());
    }

    @Test
    void aWrongCountSaysSoAndOnlyTheDetailGivesTheKey() {
        Verdict v = check(IntegerChecker.of(CONV_PARAMS), Long.toString(3 * 3 * 3 * 10));
        assertEquals(Status.WRONG, v.status());
        assertEquals("not the expected number, too low", v.reason());
        assertTrue(v.keyDetail().contains(Long.toString(CONV_PARAMS)) && v.keyDetail().contains("off by 10"), v.keyDetail());
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        Verdict v = check(IntegerChecker.of(3), "2.5");
        assertEquals(Status.WRONG, v.status());
        assertTrue(v.reason().startsWith("not a whole number"));
    }

    @Test
    void aSizeIsNotACount() {
        Verdict v = check(IntegerChecker.of(1024), "1 KiB");
        assertEquals(Status.WRONG, v.status());
        assertTrue(v.reason().startsWith("wrong unit"), v.reason());
    }
}
