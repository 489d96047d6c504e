package nnwb.core.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void reducesToLowestTermsWithPositiveDenominator() {
        Rational r = Rational.of(6, -4);
        assertEquals(BigInteger.valueOf(-3), r.numerator());
        assertEquals(BigInteger.TWO, r.denominator());
        assertEquals("-3/2", r.toString());
        assertEquals(Rational.of(3, 1), Rational.of(9, 3));
        assertTrue(Rational.of(9, 3).isInteger());
    }

    @Test
    void arithmeticIsExact() {
        Rational third = Rational.of(1, 3);
        Rational sixth = Rational.of(1, 6);
        assertEquals(Rational.of(1, 2), third.add(sixth));
        assertEquals(Rational.of(1, 6), third.subtract(sixth));
        assertEquals(Rational.of(1, 18), third.multiply(sixth));
        assertEquals(Rational.of(2), third.divide(sixth));
        assertEquals(Rational.of(1, 27), third.pow(3));
        assertEquals(Rational.ZERO, third.add(third.negate()));
    }

    @Test
    void floorRoundsTowardsMinusInfinity() {
        assertEquals(BigInteger.valueOf(15), Rational.of(31, 2).floor());
        assertEquals(BigInteger.valueOf(-16), Rational.of(-31, 2).floor());
        assertEquals(BigInteger.valueOf(-2), Rational.of(-2).floor());
    }

    @Test
    void comparesByValue() {
        assertTrue(Rational.of(1, 3).compareTo(Rational.of(1, 2)) < 0);
        assertEquals(0, Rational.of(2, 4).compareTo(Rational.of(1, 2)));
        assertFalse(Rational.of(1, 2).equals(Rational.of(1, 3)));
    }

    @Test
    void divisionByZeroFails() {
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ONE.divide(Rational.ZERO));
    }

    @Test
    void neverOverflows() {
        Rational big = Rational.of(Long.MAX_VALUE);
        assertEquals(new BigInteger("85070591730234615847396907784232501249"), big.multiply(big).numerator());
    }
}
