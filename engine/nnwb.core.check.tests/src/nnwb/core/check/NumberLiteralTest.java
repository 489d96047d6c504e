package nnwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberLiteralTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = ';', value = {
        "1500; 1500", "-1.5e6; -1500000", "1,500,000; 1500000", "1_500; 1500", "1.5×10^6; 1500000",
        "1.5 x 10^-3; 0.0015", "2^20; 1048576", "3/4; 0.75", "−2.5; -2.5", ".5; 0.5", "1.5E+3; 1500"})
    void readsTheFormsStudentsWrite(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(NumberLiteral.parse(text, 100).value()));
    }

    @ParameterizedTest(name = "{0} shows {1} to {2} significant figures")
    @CsvSource({"0.00120, 3, 3", "1.20e3, 3, 3", "1500, 2, 4", "1500., 4, 4", "7, 1, 1", "0.5, 1, 1", "100200, 4, 6"})
    void countsSignificantFiguresFromTheLiteral(String text, int min, int max) {
        NumberLiteral n = NumberLiteral.parse(text, 100);
        assertEquals(min, n.minSigFigs());
        assertEquals(max, n.maxSigFigs());
        assertTrue(n.decimal());
    }

    @Test
    void powersAndFractionsHaveNoSignificantFigures() {
        assertFalse(NumberLiteral.parse("2^10", 100).shows(4));
        assertFalse(NumberLiteral.parse("1/3", 100).shows(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"abc", "1,5", "1.2.3", "'  '", "1e", "--1", "1/0"})
    void refusesWhatIsNotANumberWithAReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse(text, 100));
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aMillionDigitNumberIsRefusedBeforeParsing() {
        String digits = "9".repeat(1_000_000);
        long start = System.nanoTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse(digits, 100));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 500);
        assertTrue(e.getMessage().contains("1000000 characters"), e.getMessage());
    }

    @Test
    void hugeExponentsAreOutOfRangeNotComputed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse("1e99999", 100));
        assertTrue(e.getMessage().startsWith("number out of range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse("9999999^999", 100));
        assertEquals(0, BigDecimal.ONE.scaleByPowerOfTen(300).compareTo(NumberLiteral.parse("1e300", 100).value()));
    }
}
