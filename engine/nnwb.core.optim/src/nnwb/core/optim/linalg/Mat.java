package nnwb.core.optim.linalg;

/**
 * Dense row-major matrix arithmetic on {@code double[]} arrays. Each product
 * returns the number of scalar multiplications it performed ({@code m·n·p} for an
 * {@code m×n} by {@code n×p} product), so callers can count the cost of an algorithm.
 */
public final class Mat {

    private Mat() {
    }

    /** {@code out (m×p) = a (m×n) · b (n×p)}; returns {@code m·n·p}. {@code out} must not alias the inputs. */
    public static long multiply(double[] a, double[] b, double[] out, int m, int n, int p) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * b[k * p + j];
                }
                out[i * p + j] = s;
            }
        }
        return (long) m * n * p;
    }

    /** {@code out (m×m) = a · aᵀ} for {@code a} of shape {@code m×n}; returns {@code m·n·m}. */
    public static long timesTranspose(double[] a, double[] out, int m, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * a[j * n + k];
                }
                out[i * m + j] = s;
            }
        }
        return (long) m * n * m;
    }

    /** {@code out (n×n) = aᵀ · a} for {@code a} of shape {@code m×n}; returns {@code n·m·n}. */
    public static long transposeTimes(double[] a, double[] out, int m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[k * n + i] * a[k * n + j];
                }
                out[i * n + j] = s;
            }
        }
        return (long) n * m * n;
    }

    /** The transpose of an {@code m×n} matrix. */
    public static double[] transpose(double[] a, int m, int n) {
        double[] t = new double[a.length];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = a[i * n + j];
            }
        }
        return t;
    }

    /** {@code y = a·x} for an {@code m×n} matrix. */
    public static double[] apply(double[] a, double[] x, int m, int n) {
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += a[i * n + k] * x[k];
            }
            y[i] = s;
        }
        return y;
    }

    /** The n×n identity. */
    public static double[] identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
        }
        return a;
    }

    /** Euclidean (Frobenius) norm of all entries. */
    public static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** Dot product. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Euclidean distance between two vectors. */
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
