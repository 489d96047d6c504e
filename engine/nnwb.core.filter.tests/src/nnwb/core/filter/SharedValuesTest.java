package nnwb.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Matrices, images, named specs and number formatting. */
class SharedValuesTest {

    @Test
    void matricesRejectNonFiniteValuesRaggedRowsAndHugeShapes() {
        assertEquals("matrix value at row 1, column 2 is not a finite number",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, Double.NaN}})).getMessage());
        assertEquals("matrix row 2 has 1 values, row 1 has 2",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, 2}, {3}})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(20_000, 2));
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(0, 2));
    }

    @Test
    void matricesAreValuesThatRotateAndCompare() {
        Matrix m = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(Matrix.of(new double[][] {{6, 5, 4}, {3, 2, 1}}), m.rotated180());
        assertEquals(m, Matrix.of(m.toArray()));
        assertEquals(21, m.sum());
        assertEquals(List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 6.0)), m.toLists());
        assertEquals("1, 2, 3; 4, 5, 6", m.toString());
        assertEquals("1,2,3;4,5,6", MatrixText.format(m));
    }

    @Test
    void imagesNeedChannelsOfOneShape() {
        String msg = assertThrows(IllegalArgumentException.class,
                () -> Image.rgb(Matrix.zeros(2, 2), Matrix.zeros(2, 3), Matrix.zeros(2, 2))).getMessage();
        assertEquals("channel 1 is 2 x 3, channel 0 is 2 x 2", msg);
    }

    @Test
    void namedSpecsReadTypedParameters() {
        NamedSpec s = NamedSpec.parse("kernel", " Gaussian : Sigma=1.5 , size = 5 ");
        assertEquals("gaussian", s.name());
        assertEquals(1.5, s.doubleParam("sigma", 0, 0, 10));
        assertEquals(5, s.intParam("size", 3, 1, 15));
        assertEquals(3, s.intParam("rows", 3, 1, 15));
        assertTrue(s.has("size"));
        assertFalse(NamedSpec.parse("x", "a:flag=no").boolParam("flag", true));
        assertEquals("a: n must be a whole number, got '1.5'",
                assertThrows(IllegalArgumentException.class, () -> NamedSpec.parse("x", "a:n=1.5").intParam("n", 0, 0, 9)).getMessage());
    }

    @Test
    void numbersShowIntegersPlainlyAndNegativeFactorsInParentheses() {
        assertEquals("3", Num.format(3.0));
        assertEquals("0", Num.format(-0.0));
        assertEquals("0.333333", Num.format(1 / 3.0));
        assertEquals("-0.25", Num.format(-0.25));
        assertEquals("9.797e-16", Num.format(9.79717e-16), "a rounding residue, not 9.79717E-16");
        assertEquals("(-2)", Num.factor(-2));
        assertEquals(0.1 + 0.2, Double.parseDouble(Num.exact(0.1 + 0.2)));
    }

    @Test
    void matrixTextIsToldApartFromNames() {
        assertTrue(MatrixText.looksLikeMatrix("1,2;3,4"));
        assertTrue(MatrixText.looksLikeMatrix("-1e-3 2"));
        assertFalse(MatrixText.looksLikeMatrix("sobel-x"));
        assertFalse(MatrixText.looksLikeMatrix("e"));
        assertFalse(MatrixText.looksLikeMatrix(",;"));
    }
}
