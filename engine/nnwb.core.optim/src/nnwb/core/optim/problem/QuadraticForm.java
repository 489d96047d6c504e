package nnwb.core.optim.problem;

import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.linalg.SymmetricEigen;
import nnwb.core.optim.linalg.Svd;

/**
 * A quadratic loss {@code ½·wᵀHw − bᵀw + k} with symmetric positive semi-definite {@code H};
 * its gradient is {@code Hw − b}. A constant gradient {@code c} is {@code H = 0, b = −c}.
 *
 * @param h row-major {@code n×n}
 * @param b the linear term
 * @param k the constant
 * @param n the dimension
 */
public record QuadraticForm(double[] h, double[] b, double k, int n) {

    /** The loss at {@code w}. */
    public double loss(double[] w) {
        double[] hw = Mat.apply(h, w, n, n);
        return 0.5 * Mat.dot(w, hw) - Mat.dot(b, w) + k;
    }

    /** Writes {@code Hw − b}. */
    public void gradient(double[] w, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = -b[i];
            for (int j = 0; j < n; j++) {
                s += h[i * n + j] * w[j];
            }
            out[i] = s;
        }
    }

    /** Eigenvalues (curvatures) and eigenvectors of H. */
    public SymmetricEigen eigen() {
        return SymmetricEigen.of(h, n);
    }

    /** Whether H is zero, so the gradient is the constant {@code −b}. */
    public boolean constantGradient() {
        for (double v : h) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The minimum-norm minimiser {@code H⁺b} (a stationary point when {@code b} lies in H's range), with
     * two rounds of iterative refinement {@code w ← w + H⁺(b − Hw)}.
     */
    public double[] minimiser() {
        double[] pinv = Svd.pseudoInverse(h, n, n);
        double[] w = Mat.apply(pinv, b, n, n);
        for (int round = 0; round < 2; round++) {
            double[] r = Mat.apply(h, w, n, n);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - r[i];
            }
            double[] dw = Mat.apply(pinv, r, n, n);
            for (int i = 0; i < n; i++) {
                w[i] += dw[i];
            }
        }
        return w;
    }
}
