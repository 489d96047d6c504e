package nnwb.core.optim.linalg;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method,
 * eigenvalues in descending order.
 *
 * @param values  the eigenvalues, largest first
 * @param vectors row-major {@code n×n}; column {@code k} is the unit eigenvector of {@code values[k]}
 * @param n       the order of the matrix
 */
public record SymmetricEigen(double[] values, double[] vectors, int n) {

    private static final int MAX_SWEEPS = 100;

    /** Decomposes the symmetric {@code n×n} row-major matrix {@code a} (only its values are read; it is not changed). */
    public static SymmetricEigen of(double[] a, int n) {
        if (a.length != n * n) {
            throw new IllegalArgumentException("matrix has " + a.length + " entries, expected " + n + "×" + n);
        }
        double[] m = a.clone();
        double[] v = Mat.identity(n);
        double total = 0;
        for (double x : m) {
            total += x * x;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += m[p * n + q] * m[p * n + q];
                }
            }
            if (off == 0 || off <= 1e-32 * total) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, v, n, p, q);
                }
            }
        }
        return sorted(m, v, n);
    }

    private static void rotate(double[] m, double[] v, int n, int p, int q) {
        double apq = m[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        double t = Math.abs(theta) > 1e150 ? 0.5 / theta
                : Math.copySign(1, theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double kp = m[k * n + p];
            double kq = m[k * n + q];
            m[k * n + p] = c * kp - s * kq;
            m[k * n + q] = s * kp + c * kq;
        }
        for (int k = 0; k < n; k++) {
            double pk = m[p * n + k];
            double qk = m[q * n + k];
            m[p * n + k] = c * pk - s * qk;
            m[q * n + k] = s * pk + c * qk;
        }
        for (int k = 0; k < n; k++) {
            double kp = v[k * n + p];
            double kq = v[k * n + q];
            v[k * n + p] = c * kp - s * kq;
            v[k * n + q] = s * kp + c * kq;
        }
    }

    private static SymmetricEigen sorted(double[] m, double[] v, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(m[j * n + j], m[i * n + i]));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int k = 0; k < n; k++) {
            int src = order[k];
            values[k] = m[src * n + src];
            for (int r = 0; r < n; r++) {
                vectors[r * n + k] = v[r * n + src];
            }
        }
        return new SymmetricEigen(values, vectors, n);
    }

    /** The unit eigenvector of {@code values[k]}. */
    public double[] vector(int k) {
        double[] x = new double[n];
        for (int r = 0; r < n; r++) {
            x[r] = vectors[r * n + k];
        }
        return x;
    }

    /** Coordinates of {@code x} in the eigenvector basis ({@code Vᵀx}). */
    public double[] toEigenBasis(double[] x) {
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int r = 0; r < n; r++) {
                s += vectors[r * n + k] * x[r];
            }
            z[k] = s;
        }
        return z;
    }

    /** The vector with eigen-basis coordinates {@code z} ({@code Vz}). */
    public double[] fromEigenBasis(double[] z) {
        return Mat.apply(vectors, z, n, n);
    }
}
