package nnwb.core.optim.linalg;

/**
 * Singular values, spectral norm and the orthogonal polar factor {@code U·Vᵀ} of a small dense
 * matrix. Singular values come from one-sided Jacobi rotations of the columns (accurate to a few
 * ulps of each value, so the zero singular values of a rank-deficient matrix come out near 1e-16·σ_max
 * rather than the 1e-8·σ_max a Gram matrix's eigenvalues would give); the polar factor and the
 * pseudo-inverse use the eigenvalues of the smaller Gram matrix.
 */
public final class Svd {

    private Svd() {
    }

    /** The {@code min(m, n)} singular values of the {@code m×n} matrix {@code a}, largest first. */
    public static double[] singularValues(double[] a, int m, int n) {
        if (n > m) {
            return singularValues(Mat.transpose(a, m, n), n, m);
        }
        // columns of A as rows of w (n vectors of length m), rotated pairwise until orthogonal
        double[][] w = new double[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                w[j][i] = a[i * n + j];
            }
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < m; i++) {
                        alpha += w[p][i] * w[p][i];
                        beta += w[q][i] * w[q][i];
                        gamma += w[p][i] * w[q][i];
                    }
                    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    for (int i = 0; i < m; i++) {
                        double x = w[p][i];
                        double y = w[q][i];
                        w[p][i] = c * x - s * y;
                        w[q][i] = s * x + c * y;
                    }
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += w[j][i] * w[j][i];
            }
            s[j] = Math.sqrt(sum);
        }
        java.util.Arrays.sort(s);
        for (int i = 0; i < n / 2; i++) {
            double tmp = s[i];
            s[i] = s[n - 1 - i];
            s[n - 1 - i] = tmp;
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
