package nnwb.core.optim.linalg;

/**
 * Singular values, spectral norm and the orthogonal polar factor {@code U·Vᵀ} of a small
 * dense matrix, through the eigenvalues of the smaller Gram matrix ({@code AᵀA} or {@code AAᵀ}).
 */
public final class Svd {

    private Svd() {
    }

    /** The {@code min(m, n)} singular values of the {@code m×n} matrix {@code a}, largest first. */
    public static double[] singularValues(double[] a, int m, int n) {
        int k = Math.min(m, n);
        double[] gram = new double[k * k];
        if (n <= m) {
            Mat.transposeTimes(a, gram, m, n);
        } else {
            Mat.timesTranspose(a, gram, m, n);
        }
        double[] values = SymmetricEigen.of(gram, k).values();
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = Math.sqrt(Math.max(values[i], 0));
        }
        return s;
    }

    /** The largest singular value. */
    public static double spectralNorm(double[] a, int m, int n) {
        return singularValues(a, m, n)[0];
    }

    /** The number of singular values above {@code tol · σ_max}. */
    public static int rank(double[] a, int m, int n, double tol) {
        double[] s = singularValues(a, m, n);
        int r = 0;
        for (double v : s) {
            if (v > tol * s[0]) {
                r++;
            }
        }
        return s[0] == 0 ? 0 : r;
    }

    /**
     * The exact orthogonalisation {@code U·Vᵀ} of {@code a = UΣVᵀ} (singular values below
     * {@code 1e-12·σ_max} are treated as zero and dropped), the update Muon approximates.
     */
    public static double[] polar(double[] a, int m, int n) {
        if (n > m) {
            return Mat.transpose(polar(Mat.transpose(a, m, n), n, m), n, m);
        }
        double[] gram = new double[n * n];
        Mat.transposeTimes(a, gram, m, n);
        SymmetricEigen e = SymmetricEigen.of(gram, n);
        double top = Math.max(e.values()[0], 0);
        // U·Vᵀ = A · V · Σ⁻¹ · Vᵀ over the non-zero singular values
        double[] inv = new double[n * n];
        for (int k = 0; k < n; k++) {
            double lambda = e.values()[k];
            if (lambda <= 1e-24 * top || lambda <= 0) {
                continue;
            }
            double w = 1 / Math.sqrt(lambda);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inv[i * n + j] += w * e.vectors()[i * n + k] * e.vectors()[j * n + k];
                }
            }
        }
        double[] out = new double[m * n];
        Mat.multiply(a, inv, out, m, n, n);
        return out;
    }

    /**
     * The Moore–Penrose pseudo-inverse ({@code n×m}) of the {@code m×n} matrix {@code a}:
     * {@code V Λ⁺ Vᵀ Aᵀ} from the eigenvalues {@code Λ} of {@code AᵀA}, eigenvalues below
     * {@code 1e-12·λ_max·n} counted as zero.
     */
    public static double[] pseudoInverse(double[] a, int m, int n) {
        double[] gram = new double[n * n];
        Mat.transposeTimes(a, gram, m, n);
        SymmetricEigen e = SymmetricEigen.of(gram, n);
        double tol = 1e-12 * Math.max(e.values()[0], 0) * n;
        double[] inv = new double[n * n];
        for (int k = 0; k < n; k++) {
            double lambda = e.values()[k];
            if (lambda <= tol || lambda <= 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inv[i * n + j] += e.vectors()[i * n + k] * e.vectors()[j * n + k] / lambda;
                }
            }
        }
        double[] out = new double[n * m];
        Mat.multiply(inv, Mat.transpose(a, m, n), out, n, n, m);
        return out;
    }
}
