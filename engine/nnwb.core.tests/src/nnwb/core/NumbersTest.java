package nnwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings written by hand from the rules in {@link Numbers}' documentation. */
class NumbersTest {

    @Test
    void theFilterCanvasResidueReadsAsFourDigitsTimesAPowerOfTen() {
        assertEquals("9.797×10⁻¹⁶", Numbers.format(9.79717e-16));
        assertEquals("9.797e-16", Numbers.compact(9.79717e-16));
        assertEquals("-2.1×10¹²⁰", Numbers.format(-2.1e120));
        assertEquals("2.5×10¹⁸", Numbers.format(2.5e18));
        assertEquals("1.235e6", Numbers.compact(1234567.8));
    }

    @Test
    void integersAndModerateValuesArePlain() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("11689512", Numbers.format(11689512));
        assertEquals("-0.25", Numbers.format(-0.25));
        assertEquals("0.333333", Numbers.format(1 / 3.0));
        assertEquals("0.0001", Numbers.format(1.0e-4));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("123457", Numbers.format(123456.7));
    }

    @Test
    void roundingThatCarriesIntoTheNextDecadeMovesTheExponent() {
        assertEquals("1e-6", Numbers.compact(9.99996e-7));
        assertEquals("1×10⁻⁶", Numbers.format(9.99996e-7));
        assertEquals("1e6", Numbers.compact(999999.7));
        assertEquals("1.235e-5", Numbers.compact(0.00001234567));
    }

    @Test
    void compactTextParsesBackToTheRoundedValue() {
        for (double v : new double[] {1e-5, 3.3e-9, -7.77777e-12, 6.02214076e23, 4.2e-300}) {
            double back = Double.parseDouble(Numbers.compact(v));
            assertEquals(v, back, Math.abs(v) * 5e-4, Numbers.compact(v));
        }
    }

    @Test
    void editableTextKeepsEveryDigitButNoJavaExponent() {
        assertEquals("0.0001", Numbers.editable(1.0e-4));
        assertEquals("1e-5", Numbers.editable(1.0e-5));
        assertEquals("0.30000000000000004", Numbers.editable(0.1 + 0.2));
        assertEquals("1.2345678901e-7", Numbers.editable(1.2345678901e-7));
        assertEquals("3", Numbers.editable(3.0));
        assertEquals("0.9", Numbers.editable(0.9));
        for (double v : new double[] {1e-5, 0.1 + 0.2, -7.77777e-12, 6.02214076e23, 0.999}) {
            assertEquals(v, Double.parseDouble(Numbers.editable(v)));
        }
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.compact(Double.NEGATIVE_INFINITY));
    }
}
