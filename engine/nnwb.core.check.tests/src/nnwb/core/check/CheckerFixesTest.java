package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker fixes of issue 23: units in any case where one reading is left, commas that may be a decimal comma
 * refused with the reason, Greek symbols with subscripts, floor and ceil, and exact expressions in real-number parts.
 * Every expected value is worked out by hand in the comments.
 */
class CheckerFixesTest {

    // ---- units in any case

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"mib, MiB", "MIB, MiB", "Mib, MiB", "kib, KiB", "KIB, KiB", "gib, GiB", "tib, TiB", "MB, MB", "KiB, KiB",
        "kB, KB", "megabytes, MB", "MEBIBYTES, MiB"})
    void binaryUnitsAreReadInAnyCase(String typed, String symbol) {
        assertEquals(Units.of(symbol), Units.parse(typed, Dimension.BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mb", "Mb", "mB", "gb", "Gb", "tb", "kb", "Kb"})
    void otherCasesOfTheDecimalUnitsAreRefusedAsAmbiguousWithTheReason(String typed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parse(typed, Dimension.BYTES));
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertTrue(e.getMessage().contains("bit"), e.getMessage());
        // the two ways to write it: e.g. MB (10^6 bytes) or MiB (2^20 bytes)
        char p = Character.toUpperCase(typed.charAt(0));
        assertTrue(e.getMessage().contains(p + "B (10^") && e.getMessage().contains(p + "iB (2^"), e.getMessage());
    }

    @Test
    void aLowerCaseBinaryUnitIsGradedLikeTheRealOne() {
        // 3 MiB = 3·2^20 = 3145728 bytes
        RealChecker c = new RealChecker(new BigDecimal(3145728), Units.BYTE, NumberRule.of(Tolerance.relative(0.001)));
        assertEquals(Status.CORRECT, check(c, "3 mib").status());
        assertEquals(Status.CORRECT, check(c, "3 MIB").status());
        assertEquals(Status.UNGRADABLE, check(c, "3 mb").status());
        // 3 MB = 3,000,000 bytes is 4.6 % low: wrong under SI
        assertEquals(Status.WRONG, check(c, "3 MB").status());
    }

    @Test
    void theSheetsConventionDecidesWhatMbMeans() {
        // key 3 MiB = 3145728 bytes
        BigDecimal key = new BigDecimal(3145728);
        NumberRule rule = NumberRule.of(Tolerance.relative(0.001));
        RealChecker binary = new RealChecker(key, Units.BYTE, rule.withBytes(NumberRule.ByteUnits.BINARY));
        assertEquals(Status.CORRECT, check(binary, "3 MB").status(), "a sheet writing MB for 2^20 bytes");
        assertEquals(Status.WRONG, check(binary, "3.15 MB").status(), "3.15·2^20 is 5 % high");
        RealChecker either = new RealChecker(key, Units.BYTE, rule.withBytes(NumberRule.ByteUnits.EITHER));
        Verdict asMib = check(either, "3 MB");
        assertEquals(Status.CORRECT, asMib.status());
        assertTrue(asMib.reason().contains("read as MiB"), asMib.reason());
        // 3.145728 MB (SI) = 3145728 bytes: the SI reading fits first and needs no remark
        Verdict asSi = check(either, "3.145728 MB");
        assertEquals(Status.CORRECT, asSi.status());
        assertFalse(asSi.reason().contains("read as"), asSi.reason());
        assertEquals(Status.WRONG, check(either, "4 MB").status());
    }

    // ---- commas

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = ';', value = {"8,625,000; 8625000", "8.625; 8.625", "8,625.5; 8625.5", "1,000,000.25; 1000000.25",
        "-8,625,000; -8625000"})
    void unambiguousCommasAndPointsAreRead(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(NumberLiteral.parse(text, 100).value()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8,625", "1,000", "-8,625", "8,625 MB", "1/8,625"})
    void oneCommaBeforeThreeDigitsIsRefusedAsAmbiguous(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse(text, 100, Dimension.BYTES));
        assertTrue(e.getMessage().contains("ambiguous") && e.getMessage().contains("decimal comma"), e.getMessage());
    }

    @Test
    void theAmbiguityReasonOffersBothReadings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse("8,625", 100));
        assertTrue(e.getMessage().contains("8625") && e.getMessage().contains("8.625"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"3,5; 3.5", "0,25; 0.25", "12,3456; 12.3456"})
    void aDecimalCommaIsRefusedNamingTheDecimalPointForm(String text, String suggestion) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberLiteral.parse(text, 100));
        assertTrue(e.getMessage().contains("decimal commas are not read") && e.getMessage().contains("write " + suggestion),
                e.getMessage());
    }

    @Test
    void aGradedAmbiguousCommaIsUngradableNotWrong() {
        Verdict v = check(IntegerChecker.of(8625), "8,625");
        assertEquals(Status.UNGRADABLE, v.status());
        assertTrue(v.reason().contains("ambiguous"), v.reason());
        assertEquals(Status.CORRECT, check(IntegerChecker.of(8625000), "8,625,000").status());
        assertEquals(Status.UNGRADABLE, check(RealChecker.of(3.5, Tolerance.relative(1e-9)), "3,5").status());
    }

    // ---- Greek symbols with subscripts

    @Test
    void greekSymbolsWithSubscriptsMayBeTypedAsLettersOrNames() {
        Symbol sx = Symbol.of("sigma_x", Domain.positive());
        Symbol sy = Symbol.of("sigma_y", Domain.positive());
        Symbol b1 = Symbol.of("beta1", Domain.interval(0, 1));
        FormulaChecker f = FormulaChecker.of("sigma_x^2 + sigma_y^2*(1 - beta1)", sx, sy, b1);
        for (String a : new String[] {"σ_x² + σ_y²(1 - β1)", "σ_x^2 + sigma_y^2 - σ_y^2 β1", "(1-beta1) σ_y^2 + sigma_x^2",
            "σ_x^2 + σ_y^2 (1 - β_1)", "sigma_x^2 + sigma_y^2 (1 - beta_1)"}) {
            assertEquals(Status.CORRECT, check(f, a).status(), a + ": " + check(f, a).reason());
        }
        assertEquals(Status.WRONG, check(f, "σ_x² + σ_y²").status());
        Verdict unknown = check(f, "σ_z²");
        assertEquals(Status.UNGRADABLE, unknown.status());
        assertTrue(unknown.reason().contains("σ_z"), unknown.reason());
    }

    @Test
    void aSymbolDeclaredWithTheLetterAlsoAnswersToItsName() {
        FormulaChecker f = FormulaChecker.of("2*σ_x", Symbol.of("σ_x", Domain.positive()));
        assertEquals(Status.CORRECT, check(f, "sigma_x + sigma_x").status());
    }

    // ---- floor and ceil

    @Test
    void floorAndCeilInFormulas() {
        Symbol n = Symbol.of("n", Domain.positiveIntegers());
        // the output size of a kernel-3 stride-2 convolution without padding: floor((n - 3)/2) + 1
        FormulaChecker f = FormulaChecker.of("floor((n - 3)/2) + 1", n);
        assertEquals(Status.CORRECT, check(f, "floor((n-1)/2)").status(), "floor((n-3)/2) + 1 = floor((n-1)/2)");
        assertEquals(Status.CORRECT, check(f, "ceil((n - 2)/2)").status(), "for whole n, ceil((n-2)/2) = floor((n-1)/2)");
        assertEquals(Status.WRONG, check(f, "(n - 3)/2 + 1").status(), "differs at every even n");
        assertEquals(Status.WRONG, check(f, "ceil((n - 3)/2) + 1").status(), "differs at every even n");
        assertTrue(f.preview("floor((n-1)/2)", Limits.DEFAULT).contains("\\lfloor"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {"floor((32 + 2*1 - 3)/2) + 1; 16", "ceil(7/2); 4", "floor(7/2); 3", "ceil(8/2); 4",
        "floor(-7/2); -4", "2*ceil(5/3)*3; 12", "floor(29/100*100); 29", "(4*6)/3; 8"})
    void floorAndCeilInWholeNumberCalculations(String text, long value) {
        // by hand: (32+2-3)/2 = 15.5 -> 15, +1 = 16; 7/2 = 3.5; -3.5 floors to -4; 5/3 -> 2, 2·2·3 = 12
        assertEquals(Status.CORRECT, check(IntegerChecker.of(value), text).status(), text);
        assertEquals(Status.WRONG, check(IntegerChecker.of(value + 1), text).status(), text);
    }

    @Test
    void aCalculationThatIsNotWholeSaysSo() {
        Verdict v = check(IntegerChecker.of(3), "2*7/4");
        assertEquals(Status.UNGRADABLE, v.status());
        assertTrue(v.reason().contains("7/2") && v.reason().contains("floor"), v.reason());
        assertEquals(Status.UNGRADABLE, check(IntegerChecker.of(3), "floor(3/0)").status());
    }

    // ---- exact expressions in real-number parts

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2/(3*sqrt(5))", "2/(3√5)", "2*sqrt(5)/15", "(2/3)/sqrt(5)", "0.298142"})
    void fractionsAndRootsAreReadInRealParts(String text) {
        // 2/(3·√5) = 2√5/15 = 0.29814239699...
        RealChecker c = RealChecker.of(2 / (3 * Math.sqrt(5)), Tolerance.relative(1e-5));
        assertEquals(Status.CORRECT, check(c, text).status(), text + ": " + check(c, text).reason());
    }

    @Test
    void aWrongExpressionIsWrongAndNonsenseKeepsItsReason() {
        RealChecker c = RealChecker.of(2 / (3 * Math.sqrt(5)), Tolerance.relative(1e-5));
        assertEquals(Status.WRONG, check(c, "2/(5*sqrt(3))").status(), "2/(5√3) = 0.2309");
        assertEquals(Status.UNGRADABLE, check(c, "sqrt(-1)").status());
        assertEquals(Status.UNGRADABLE, check(c, "2/(3*x)").status());
        // an expression has no significant figures: a part that asks for them says so
        RealChecker sig = new RealChecker(new BigDecimal("0.298"), Units.COUNT, NumberRule.of(Tolerance.relative(1e-2)).withSigFigs(3));
        Verdict v = check(sig, "2/(3*sqrt(5))");
        assertTrue(v.reason().contains("decimal"), v.reason());
    }
}
