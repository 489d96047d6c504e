package nnwb.core.optim.closed;

import java.util.Random;

/**
 * Dropout as Tikhonov regularisation, the four steps of the earlier Berkeley homework, for a data matrix {@code X}
 * ({@code n × d}), targets {@code y} and a keep probability {@code p}: each entry of {@code X} is kept independently
 * with probability {@code p} and zeroed otherwise, with no rescaling during training.
 * <ol>
 * <li>The expected loss {@code E‖y − (R ⊙ X)w‖²} equals {@code ‖y − pXw‖² + p(1 − p)‖Γ̌w‖²} with
 * {@code Γ̌ = diag(‖X₁‖, …, ‖X_d‖)}, the column norms of {@code X} ({@link #expectedLoss}, {@link #tikhonovForm}).
 * <li>Its minimiser {@code w̌} solves {@code (p²XᵀX + p(1 − p)Γ̌²)w̌ = pXᵀy}; {@code w = p·w̌} solves the ordinary
 * Tikhonov problem {@code ‖y − Xw‖² + ‖Γw‖²} with {@code Γ = √((1 − p)/p)·Γ̌}.
 * <li>With {@code X̃ = XΓ⁻¹} and {@code w̃ = Γw} that problem is ridge regression {@code ‖y − X̃w̃‖² + ‖w̃‖²}.
 * <li>Every column of {@code X̃} has the norm {@code √(p/(1 − p))}: the columns are normalised, as a normalisation
 * layer would.
 * </ol>
 * Each result is solved from its own equations (not derived from another), so that they can be compared.
 *
 * @param x the data matrix, row-major {@code n × d}
 * @param n rows (examples)
 * @param d columns (features)
 * @param y the targets, {@code n} values
 * @param p the keep probability, in (0, 1)
 */
public record DropoutTikhonov(double[] x, int n, int d, double[] y, double p) {

    public DropoutTikhonov {
        if (n < 1 || d < 1 || x == null || x.length != n * d) {
            throw new IllegalArgumentException("X must be a full n × d matrix with n, d >= 1");
        }
        if (y == null || y.length != n) {
            throw new IllegalArgumentException("y needs one target per row of X: " + n + " rows, "
                    + (y == null ? 0 : y.length) + " targets");
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("the keep probability p must lie strictly between 0 and 1, got " + p);
        }
        for (double v : x) {
            finite("X", v);
        }
        for (double v : y) {
            finite("y", v);
        }
        x = x.clone();
        y = y.clone();
        for (int j = 0; j < d; j++) {
            if (column(x, n, d, j) == 0) {
                throw new IllegalArgumentException("column " + (j + 1) + " of X is zero: Γ̌ = diag of the column norms "
                        + "has no inverse");
            }
        }
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " holds a value that is not a finite number");
        }
    }

    private static double column(double[] x, int n, int d, int j) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i * d + j] * x[i * d + j];
        }
        return Math.sqrt(s);
    }

    /** {@code Γ̌}'s diagonal: the norm of each column of X. */
    public double[] gammaCheck() {
        double[] g = new double[d];
        for (int j = 0; j < d; j++) {
            g[j] = column(x, n, d, j);
        }
        return g;
    }

    /** {@code Γ}'s diagonal, {@code √((1 − p)/p)·Γ̌}: the Tikhonov matrix of the problem in {@code w = p·w̌}. */
    public double[] gamma() {
        double[] g = gammaCheck();
        double s = Math.sqrt((1 - p) / p);
        for (int j = 0; j < d; j++) {
            g[j] *= s;
        }
        return g;
    }

    /**
     * The expected dropout loss at {@code w}, summed row by row: each prediction has mean {@code pΣxᵢⱼwⱼ} and
     * variance {@code p(1 − p)Σxᵢⱼ²wⱼ²}, and a squared error's mean is the squared bias plus the variance.
     */
    public double expectedLoss(double[] w) {
        check(w);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double mean = 0;
            double var = 0;
            for (int j = 0; j < d; j++) {
                double xw = x[i * d + j] * w[j];
                mean += p * xw;
                var += p * (1 - p) * xw * xw;
            }
            s += (y[i] - mean) * (y[i] - mean) + var;
        }
        return s;
    }

    /** {@code ‖y − pXw‖² + p(1 − p)‖Γ̌w‖²}, the right-hand side of step 1, in matrix form. */
    public double tikhonovForm(double[] w) {
        check(w);
        double[] r = residual(p, w);
        double[] g = gammaCheck();
        double pen = 0;
        for (int j = 0; j < d; j++) {
            pen += g[j] * g[j] * w[j] * w[j];
        }
        return dot(r, r) + p * (1 - p) * pen;
    }

    /** The dropout loss {@code ‖y − (R ⊙ X)w‖²} averaged over {@code samples} masks drawn with {@code seed}. */
    public double sampledLoss(double[] w, int samples, long seed) {
        check(w);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        }
        Random rnd = new Random(seed);
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double pred = 0;
                for (int j = 0; j < d; j++) {
                    if (rnd.nextDouble() < p) {
                        pred += x[i * d + j] * w[j];
                    }
                }
                loss += (y[i] - pred) * (y[i] - pred);
            }
            sum += loss;
        }
        return sum / samples;
    }

    /** {@code w̌}: the minimiser of the expected dropout loss, from {@code (p²XᵀX + p(1 − p)Γ̌²)w̌ = pXᵀy}. */
    public double[] wCheck() {
        double[] a = gram(p * p);
        double[] g = gammaCheck();
        for (int j = 0; j < d; j++) {
            a[j * d + j] += p * (1 - p) * g[j] * g[j];
        }
        return solve(a, xty(p));
    }

    /** {@code w}: the minimiser of {@code ‖y − Xw‖² + ‖Γw‖²}, from {@code (XᵀX + Γ²)w = Xᵀy}; equals {@code p·w̌}. */
    public double[] wTikhonov() {
        double[] a = gram(1);
        double[] g = gamma();
        for (int j = 0; j < d; j++) {
            a[j * d + j] += g[j] * g[j];
        }
        return solve(a, xty(1));
    }

    /** {@code X̃ = XΓ⁻¹}, row-major {@code n × d}. */
    public double[] xTilde() {
        double[] g = gamma();
        double[] t = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                t[i * d + j] = x[i * d + j] / g[j];
            }
        }
        return t;
    }

    /** {@code w̃}: ridge regression on {@code X̃} with λ = 1, from {@code (X̃ᵀX̃ + I)w̃ = X̃ᵀy}. */
    public double[] wTilde() {
        DropoutTikhonov tilde = new DropoutTikhonov(xTilde(), n, d, y, p);
        double[] a = tilde.gram(1);
        for (int j = 0; j < d; j++) {
            a[j * d + j] += 1;
        }
        return solve(a, tilde.xty(1));
    }

    /** The norm of each column of {@code X̃}: all {@code √(p/(1 − p))}. */
    public double[] xTildeColumnNorms() {
        return new DropoutTikhonov(xTilde(), n, d, y, p).gammaCheck();
    }

    private void check(double[] w) {
        if (w == null || w.length != d) {
            throw new IllegalArgumentException("w needs " + d + " weights (one per column of X), got "
                    + (w == null ? 0 : w.length));
        }
        for (double v : w) {
            finite("w", v);
        }
    }

    private double[] residual(double scale, double[] w) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += x[i * d + j] * w[j];
            }
            r[i] = y[i] - scale * s;
        }
        return r;
    }

    private double[] gram(double scale) {
        double[] a = new double[d * d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += x[i * d + j] * x[i * d + k];
                }
                a[j * d + k] = scale * s;
            }
        }
        return a;
    }

    private double[] xty(double scale) {
        double[] b = new double[d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                b[j] += scale * x[i * d + j] * y[i];
            }
        }
        return b;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a·z = b} ({@code a} symmetric positive definite here) by Gaussian elimination with pivoting. */
    static double[] solve(double[] a0, double[] b0) {
        int m = b0.length;
        double[] a = a0.clone();
        double[] b = b0.clone();
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(a[r * m + c]) > Math.abs(a[piv * m + c])) {
                    piv = r;
                }
            }
            if (a[piv * m + c] == 0) {
                throw new IllegalArgumentException("the normal equations are singular");
            }
            if (piv != c) {
                for (int k = 0; k < m; k++) {
                    double t = a[c * m + k];
                    a[c * m + k] = a[piv * m + k];
                    a[piv * m + k] = t;
                }
                double t = b[c];
                b[c] = b[piv];
                b[piv] = t;
            }
            for (int r = c + 1; r < m; r++) {
                double f = a[r * m + c] / a[c * m + c];
                for (int k = c; k < m; k++) {
                    a[r * m + k] -= f * a[c * m + k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] z = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < m; k++) {
                s -= a[r * m + k] * z[k];
            }
            z[r] = s / a[r * m + r];
        }
        return z;
    }
}
