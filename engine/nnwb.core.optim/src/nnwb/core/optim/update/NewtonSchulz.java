package nnwb.core.optim.update;

import java.util.List;
import java.util.Locale;
import nnwb.core.optim.linalg.Mat;

/**
 * Newton–Schulz orthogonalisation, the core of Muon: {@code X ← G/(‖G‖_F + ε)}, then {@code steps}
 * times {@code X ← a·X + (b·A + c·A²)·X} with {@code A = X·Xᵀ} (the outer form, {@code d_out×d_out}),
 * or equivalently {@code X ← X·(a·I + b·A + c·A²)} with the Gram matrix {@code A = Xᵀ·X}
 * ({@code d_in×d_in}). Each iteration pushes every singular value of X towards 1 while keeping the
 * singular vectors, approximating {@code U·Vᵀ}. Products are counted in scalar multiplications.
 */
public final class NewtonSchulz {

    private NewtonSchulz() {
    }

    /** The odd polynomial {@code p(σ) = aσ + bσ³ + cσ⁵} applied to the singular values each iteration. */
    public enum Polynomial {
        /** Degree 3, {@code (3σ − σ³)/2}: the classic iteration, converging to exactly 1 for σ in (0, √3). */
        CUBIC("3", 1.5, -0.5, 0),
        /** Degree 5 with Muon's tuned coefficients (3.4445, −4.7750, 2.0315): fast, lands σ near, not at, 1. */
        QUINTIC("5", 3.4445, -4.7750, 2.0315),
        /** Degree 5, {@code (15σ − 10σ³ + 3σ⁵)/8}: the classic quintic, converging to exactly 1. */
        QUINTIC_CLASSIC("5-classic", 15.0 / 8, -10.0 / 8, 3.0 / 8);

        private final String key;
        private final double a;
        private final double b;
        private final double c;

        Polynomial(String key, double a, double b, double c) {
            this.key = key;
            this.a = a;
            this.b = b;
            this.c = c;
        }

        /** The word users type: {@code 3}, {@code 5} or {@code 5-classic}. */
        public String key() {
            return key;
        }

        /** The coefficients {@code a, b, c}. */
        public double[] coefficients() {
            return new double[] {a, b, c};
        }

        /** Degree 3 or 5. */
        public int degree() {
            return c == 0 ? 3 : 5;
        }

        /** {@code p(σ)}. */
        public double apply(double s) {
            return s * (a + s * s * (b + c * s * s));
        }

        /** From its key. */
        public static Polynomial of(String key) {
            for (Polynomial p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown Newton–Schulz polynomial '" + key + "'; choose from " + String.join(", ", keys()));
        }

        /** All keys. */
        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Polynomial::key).toList();
        }
    }

    /** Which matrix an iteration squares: {@code X·Xᵀ}, the Gram matrix {@code Xᵀ·X}, or the smaller of the two. */
    public enum Form {
        AUTO, OUTER, GRAM;

        /** Lower-case name. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a {@code rows×cols} matrix uses the Gram form. */
        public boolean gram(int rows, int cols) {
            return this == GRAM || (this == AUTO && rows > cols);
        }

        /** All keys. */
        public static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Form::key).toList();
        }
    }

    /**
     * Orthogonalises the {@code rows×cols} block of {@code g} at {@code offset} into {@code out} at the same
     * offset, and returns the scalar multiplications of the matrix products.
     */
    public static long orthogonalise(double[] g, int offset, int rows, int cols, Polynomial poly, int steps,
            double eps, Form form, double[] out) {
        int n = rows * cols;
        double[] x = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm += g[offset + i] * g[offset + i];
        }
        double scale = 1 / (Math.sqrt(norm) + eps);
        for (int i = 0; i < n; i++) {
            x[i] = scale * g[offset + i];
        }
        if (Double.isInfinite(scale)) {
            java.util.Arrays.fill(x, 0);
        }
        long mults = 0;
        for (int k = 0; k < steps; k++) {
            mults += form.gram(rows, cols) ? gramStep(x, rows, cols, poly) : outerStep(x, rows, cols, poly);
        }
        System.arraycopy(x, 0, out, offset, n);
        return mults;
    }

    private static long outerStep(double[] x, int r, int c, Polynomial p) {
        double[] a = new double[r * r];
        long mults = Mat.timesTranspose(x, a, r, c);
        double[] b = polyMatrix(a, r, p, false);
        mults += p.c == 0 ? 0 : (long) r * r * r;
        double[] bx = new double[r * c];
        mults += Mat.multiply(b, x, bx, r, r, c);
        for (int i = 0; i < x.length; i++) {
            x[i] = p.a * x[i] + bx[i];
        }
        return mults;
    }

    private static long gramStep(double[] x, int r, int c, Polynomial p) {
        double[] a = new double[c * c];
        long mults = Mat.transposeTimes(x, a, r, c);
        double[] b = polyMatrix(a, c, p, true);
        mults += p.c == 0 ? 0 : (long) c * c * c;
        double[] xb = new double[r * c];
        mults += Mat.multiply(x, b, xb, r, c, c);
        System.arraycopy(xb, 0, x, 0, x.length);
        return mults;
    }

    /** {@code b·A + c·A²}, plus {@code a·I} when {@code withIdentity}. */
    private static double[] polyMatrix(double[] a, int n, Polynomial p, boolean withIdentity) {
        double[] out = new double[n * n];
        if (p.c != 0) {
            Mat.multiply(a, a, out, n, n, n);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = p.c * out[i] + p.b * a[i];
        }
        if (withIdentity) {
            for (int i = 0; i < n; i++) {
                out[i * n + i] += p.a;
            }
        }
        return out;
    }

    /**
     * Scalar multiplications of one iteration on a {@code rows×cols} matrix, by counting the products
     * the algorithm performs: outer form {@code 2·r²·c (+ r³ for degree 5)}, Gram form
     * {@code 2·r·c² (+ c³ for degree 5)}.
     */
    public static long multiplicationsPerIteration(int rows, int cols, Polynomial poly, boolean gram) {
        long r = rows;
        long c = cols;
        long square = poly.degree() == 5 ? (gram ? c * c * c : r * r * r) : 0;
        return (gram ? 2 * r * c * c : 2 * r * r * c) + square;
    }
}
