package nnwb.core.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolyTest {

    private static final Poly N = Poly.var("n");
    private static final Poly K = Poly.var("K");
    private static final Poly L = Poly.var("L");
    private static final PolyFormat NKL = PolyFormat.UNICODE.withOrder(List.of("n", "K", "L"));

    @Test
    void mlpForwardMultiplicationsPrintAsTheSheetWritesThem() {
        Poly perLayer = N.multiply(K).multiply(K);
        Poly total = Poly.ZERO;
        for (int i = 0; i < 3; i++) {
            total = total.add(perLayer);
        }
        assertEquals("3·n·K²", NKL.format(total));
        assertEquals("n·K²·L", NKL.format(perLayer.multiply(L)));
        assertEquals("n*K^2*L", PolyFormat.ASCII.withOrder(List.of("n", "K", "L")).format(perLayer.multiply(L)));
    }

    @Test
    void additionIsCommutativeAndCancels() {
        Poly a = K.multiply(3).add(L);
        Poly b = L.add(K.multiply(3));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.subtract(b).isZero());
        assertEquals("0", a.subtract(b).toString());
    }

    @Test
    void expandsProductsExactly() {
        Poly sq = K.add(Poly.ONE).pow(2);
        assertEquals(Poly.parse("K^2 + 2K + 1"), sq);
        assertEquals("K² + 2·K + 1", sq.toString());
        assertEquals(2, sq.degree());
        assertEquals(Set.of("K"), sq.variables());
    }

    @Test
    void printsNegativeTermsAndRationalCoefficients() {
        assertEquals("K/2 − 1/2", K.subtract(Poly.ONE).divide(2).toString());
        assertEquals("K − 3·L", K.subtract(L.multiply(3)).toString());
        assertEquals("3·K/4", K.multiply(Rational.of(3, 4)).toString());
        assertEquals("-7", PolyFormat.ASCII.format(Poly.of(-7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n*K^2*L", "3*K^2 - 2*K*L + 7", "(K+1)*(K-1)", "K/2 - 1/2", "NIC*NF*kernel^2 + 4*NF^2"})
    void asciiOutputParsesBackToTheSamePolynomial(String text) {
        Poly p = Poly.parse(text);
        assertEquals(p, Poly.parse(PolyFormat.ASCII.format(p)));
        assertEquals(p, Poly.parse(PolyFormat.UNICODE.format(p)));
    }

    @Test
    void parsesUnicodeAndImplicitProducts() {
        assertEquals(N.multiply(K.pow(2)).multiply(L), Poly.parse("n·K²·L"));
        assertEquals(Poly.var("NF").multiply(2), Poly.parse("2NF"));
        assertEquals(Poly.of(11_689_512), Poly.parse("11,689,512"));
        assertThrows(IllegalArgumentException.class, () -> Poly.parse("K/L"));
        assertThrows(IllegalArgumentException.class, () -> Poly.parse("K +"));
    }

    @Test
    void substitutionGivesNumbers() {
        Poly p = Poly.parse("n*K^2*L");
        Poly v = p.substitute(Map.of("n", Poly.of(32), "K", Poly.of(1024), "L", Poly.of(10)));
        assertTrue(v.isInteger());
        assertEquals(32L * 1024 * 1024 * 10, v.longValue());
        Poly partial = p.substitute(Map.of("K", Poly.of(2)));
        assertEquals(Poly.parse("4*n*L"), partial);
        assertEquals(Poly.parse("4*n*(m+1)"), partial.substitute(Map.of("L", Poly.parse("m+1"))));
    }

    @Test
    void floorDivisionIsExactOrRefused() {
        assertEquals(Poly.of(15), Poly.of(31).floorDivide(2));
        assertEquals(Poly.of(-16), Poly.of(-31).floorDivide(2));
        assertEquals(Poly.var("NF"), Poly.parse("2*NF").floorDivide(2));
        assertNull(Poly.parse("size - 1").floorDivide(2));
    }

    @Test
    void dominanceIsCoefficientWise() {
        assertTrue(Poly.parse("K^2 + 2K").dominates(Poly.parse("K^2")));
        assertFalse(Poly.parse("K").dominates(Poly.parse("L")));
        assertTrue(Poly.parse("K").dominates(Poly.parse("K")));
    }

    @Test
    void bigNumbersStayExact() {
        Poly p = Poly.of(Long.MAX_VALUE).multiply(Poly.of(Long.MAX_VALUE));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).pow(2), p.bigIntegerValue());
        assertThrows(ArithmeticException.class, p::longValue);
        assertThrows(ArithmeticException.class, () -> K.longValue());
    }
}
