package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.linalg.SymmetricEigen;
import nnwb.core.optim.linalg.Svd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small linear algebra: Jacobi eigenvalues, singular values, polar factor and pseudo-inverse. */
class LinalgTest {

    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "5,3", "12,4"})
    void jacobiReconstructsTheMatrixFromOrthonormalEigenvectors(int n, long seed) {
        double[] b = random(n * n, seed);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = b[i * n + j] + b[j * n + i];
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a, n);
        for (int k = 1; k < n; k++) {
            assertEquals(true, e.values()[k - 1] >= e.values()[k], "sorted descending");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                double o = 0;
                for (int k = 0; k < n; k++) {
                    s += e.vectors()[i * n + k] * e.values()[k] * e.vectors()[j * n + k];
                    o += e.vectors()[k * n + i] * e.vectors()[k * n + j];
                }
                assertEquals(a[i * n + j], s, 1e-12);
                assertEquals(i == j ? 1 : 0, o, 1e-12);
            }
        }
    }

    @Test
    void singularValuesOfAKnownMatrix() {
        // [[3, 0], [0, -2], [0, 0]] has singular values 3 and 2
        double[] s = Svd.singularValues(new double[] {3, 0, 0, -2, 0, 0}, 3, 2);
        assertEquals(3, s[0], 1e-15);
        assertEquals(2, s[1], 1e-15);
        assertEquals(1, Svd.rank(new double[] {1, 2, 2, 4}, 2, 2, 1e-6));
    }

    @ParameterizedTest
    @CsvSource({"4,3", "3,4", "3,3"})
    void polarFactorIsOrthogonalAndAlignedWithTheMatrix(int m, int n) {
        double[] a = random(m * n, m * 10 + n);
        double[] q = Svd.polar(a, m, n);
        double[] sv = Svd.singularValues(q, m, n);
        for (double s : sv) {
            assertEquals(1, s, 1e-12);
        }
        // ⟨A, UVᵀ⟩ is the nuclear norm, the sum of A's singular values
        double sum = 0;
        for (double s : Svd.singularValues(a, m, n)) {
            sum += s;
        }
        assertEquals(sum, Mat.dot(a, q), 1e-10);
    }

    @Test
    void pseudoInverseSatisfiesTheMoorePenroseConditions() {
        int m = 3;
        int n = 5;
        double[] a = random(m * n, 8);
        // make it rank 2: third row = first + second
        for (int j = 0; j < n; j++) {
            a[2 * n + j] = a[j] + a[n + j];
        }
        double[] p = Svd.pseudoInverse(a, m, n);
        double[] ap = new double[m * m];
        Mat.multiply(a, p, ap, m, n, m);
        double[] apa = new double[m * n];
        Mat.multiply(ap, a, apa, m, m, n);
        double[] pa = new double[n * n];
        Mat.multiply(p, a, pa, n, m, n);
        double[] pap = new double[n * m];
        Mat.multiply(pa, p, pap, n, n, m);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], apa[i], 1e-10);
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], pap[i], 1e-10);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                assertEquals(ap[i * m + j], ap[j * m + i], 1e-10);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(pa[i * n + j], pa[j * n + i], 1e-10);
            }
        }
    }

    @Test
    void productsCountTheirMultiplications() {
        assertEquals(2L * 3 * 4, Mat.multiply(new double[6], new double[12], new double[8], 2, 3, 4));
        assertEquals(5L * 2 * 5, Mat.timesTranspose(new double[10], new double[25], 5, 2));
        assertEquals(2L * 5 * 2, Mat.transposeTimes(new double[10], new double[4], 5, 2));
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[3], 2));
    }

    @Test
    void singularValuesOfARankOneMatrixAreExactlyOneNonZero() {
        // u·vᵀ with |u| = 3 (u = (1, 2, 2)) and |v| = 5 (v = (3, 4)): one singular value 15
        double[] a = {3, 4, 6, 8, 6, 8};
        double[] s = Svd.singularValues(a, 3, 2);
        assertEquals(15, s[0], 1e-13);
        assertEquals(0, s[1], 1e-14);
        double[] t = Svd.singularValues(Mat.transpose(a, 3, 2), 2, 3);
        assertEquals(15, t[0], 1e-13);
        assertEquals(0, t[1], 1e-14);
    }

    @ParameterizedTest
    @CsvSource({"5,3,1", "3,5,2", "8,4,3", "6,6,4"})
    void squaredSingularValuesAreTheGramMatrixsEigenvalues(int m, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextGaussian();
        }
        int k = Math.min(m, n);
        double[] gram = new double[k * k];
        if (n <= m) {
            Mat.transposeTimes(a, gram, m, n);
        } else {
            Mat.timesTranspose(a, gram, m, n);
        }
        double[] ev = SymmetricEigen.of(gram, k).values();
        double[] s = Svd.singularValues(a, m, n);
        for (int i = 0; i < k; i++) {
            assertEquals(ev[i], s[i] * s[i], 1e-10 * ev[0]);
            if (i > 0) {
                assertEquals(true, s[i] <= s[i - 1]);
            }
        }
    }
}
