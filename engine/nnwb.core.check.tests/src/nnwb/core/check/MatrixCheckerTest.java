package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixCheckerTest {

    /** The Sobel x kernel, built from its separable factors [1,2,1]ᵀ·[-1,0,1] (Berkeley sheet, edge filters). */
    private static double[][] sobel() {
        double[] smooth = {1, 2, 1};
        double[] diff = {-1, 0, 1};
        double[][] k = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                k[i][j] = smooth[i] * diff[j];
            }
        }
        return k;
    }

    private static Answer rows(double[][] m) {
        return new Answer.Items(java.util.Arrays.stream(m)
                .map(r -> (Answer) new Answer.Items(java.util.Arrays.stream(r).mapToObj(v -> Answer.text(Double.toString(v)))
                        .toList()))
                .toList());
    }

    private static double[][] times(double[][] m, double f) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = java.util.Arrays.stream(m[i]).map(v -> v * f).toArray();
        }
        return out;
    }

    @Test
    void theExactMatrixIsCorrectCellByCell() {
        Verdict v = check(MatrixChecker.matrix(sobel(), Tolerance.absolute(1e-9)), rows(sobel()));
        assertEquals(Status.CORRECT, v.status());
        assertEquals(9, v.cells().size());
        assertTrue(v.cells().stream().allMatch(c -> c.status() == Status.CORRECT));
    }

    @Test
    void wrongCellsAreNamedAndCreditIsTheShareRight() {
        double[][] answer = sobel();
        answer[1][2] = 3;
        answer[2][0] = 0;
        Verdict v = check(MatrixChecker.matrix(sobel(), Tolerance.absolute(1e-9)), rows(answer));
        assertEquals(Status.PARTIAL, v.status());
        assertEquals(7.0 / 9, v.credit(), 1e-12);
        assertEquals("7 of 9 cells correct", v.reason());
        List<String> wrong = v.cells().stream().filter(c -> c.status() == Status.WRONG).map(CellVerdict::cell).toList();
        assertEquals(List.of("(2,3)", "(3,1)"), wrong);
    }

    @Test
    void aNegatedKernelCountsOnlyWhenSignIsAllowedAndTheReasonSaysSo() {
        Answer negated = rows(times(sobel(), -1));
        assertEquals(Status.PARTIAL, check(MatrixChecker.matrix(sobel(), Tolerance.absolute(1e-9)), negated).status());
        Verdict v = check(MatrixChecker.matrix(sobel(), Tolerance.absolute(1e-9), Freedom.SIGN), negated);
        assertEquals(Status.CORRECT, v.status());
        assertEquals("correct, equal up to sign", v.reason());
    }

    @Test
    void aScaledEigenvectorCountsUpToScaleAndTheFactorIsKeyDetail() {
        // An eigenvector of [[2,1],[1,2]] for eigenvalue 3 is (1,1); the student's (-2.5,-2.5) is one too.
        double[] key = {1, 1};
        Verdict v = check(MatrixChecker.vector(key, Tolerance.relative(1e-9), Freedom.SCALE), Answer.list("-2.5", "-2.5"));
        assertEquals(Status.CORRECT, v.status());
        assertEquals("correct, equal up to scale", v.reason());
        assertEquals("factor -2.5", v.keyDetail());
    }

    @Test
    void columnsInAnotherOrderCountUpToPermutation() {
        double[][] key = {{1, 2, 3}, {4, 5, 6}};
        double[][] swapped = {{2, 1, 3}, {5, 4, 6}};
        Verdict plain = check(MatrixChecker.matrix(key, Tolerance.EXACT), rows(swapped));
        assertEquals(2.0 / 6, plain.credit(), 1e-12);
        Verdict v = check(MatrixChecker.matrix(key, Tolerance.EXACT, Freedom.PERMUTATION), rows(swapped));
        assertEquals(Status.CORRECT, v.status());
        assertEquals("correct, equal up to the order of the columns", v.reason());
        assertTrue(v.keyDetail().contains("1→2, 2→1, 3→3"), v.keyDetail());
    }

    @Test
    void scaleAndPermutationTogether() {
        double[][] key = {{1, 2, 3}, {4, 5, 6}};
        double[][] answer = {{4, 2, 6}, {10, 8, 12}};
        Verdict v = check(MatrixChecker.matrix(key, Tolerance.relative(1e-9), Freedom.SCALE, Freedom.PERMUTATION),
                rows(answer));
        assertEquals(Status.CORRECT, v.status());
        assertEquals("correct, equal up to scale and up to the order of the columns", v.reason());
    }

    @Test
    void aScaledVectorWithOneSlipGetsTheFactorMostCellsAgreeOn() {
        Verdict v = check(MatrixChecker.vector(new double[] {1, 2, 3}, Tolerance.relative(1e-9), Freedom.SCALE),
                Answer.list("2", "4", "7"));
        assertEquals(2.0 / 3, v.credit(), 1e-12);
        assertEquals("factor 2", v.keyDetail());
    }

    @Test
    void textInputFormsAreRead() {
        MatrixChecker c = MatrixChecker.matrix(new double[][] {{1, 0}, {0, 1}}, Tolerance.EXACT);
        for (String text : new String[] {"[[1, 0], [0, 1]]", "1 0; 0 1", "1, 0\n0, 1"}) {
            assertEquals(Status.CORRECT, check(c, text).status(), text);
        }
        MatrixChecker vec = MatrixChecker.vector(new double[] {1, 2, 3}, Tolerance.EXACT);
        assertEquals(Status.CORRECT, check(vec, "(1, 2, 3)".replace('(', '[').replace(')', ']')).status());
        assertEquals(Status.CORRECT, check(vec, "1\n2\n3").status(), "a column is read as the vector");
    }

    @Test
    void theWrongShapeIsNamed() {
        Verdict v = check(MatrixChecker.matrix(sobel(), Tolerance.EXACT), "1 2 3; 4 5 6");
        assertEquals(Status.WRONG, v.status());
        assertEquals("expected a 3×3 matrix, got 2×3", v.reason());
        assertEquals("expected 3 entries, got 2", check(MatrixChecker.vector(new double[] {1, 2, 3}, Tolerance.EXACT),
                "1 2").reason());
        assertEquals("row 2 has 2 entries, row 1 has 3", check(MatrixChecker.matrix(sobel(), Tolerance.EXACT),
                "1 2 3; 4 5; 6 7 8").reason());
    }

    @Test
    void anUnreadableCellIsUngradableAndTheOthersStillCount() {
        Verdict v = check(MatrixChecker.vector(new double[] {1, 2, 3}, Tolerance.EXACT), Answer.list("1", "two", "3"));
        assertEquals(Status.PARTIAL, v.status());
        assertEquals(Status.UNGRADABLE, v.cells().get(1).status());
        assertEquals("not a number: 'two'", v.cells().get(1).reason());
    }

    @Test
    void tooManyCellsAreRefusedBeforeBuildingThem() {
        String huge = "1 ".repeat(Limits.DEFAULT.maxCells() + 1);
        Verdict v = check(MatrixChecker.vector(new double[] {1}, Tolerance.EXACT), huge);
        assertEquals(Status.UNGRADABLE, v.status());
        assertTrue(v.reason().contains("more than " + Limits.DEFAULT.maxCells() + " cells"), v.reason());
    }
}
