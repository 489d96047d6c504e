package nnwb.core.optim.problem;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.linalg.SymmetricEigen;
import nnwb.core.optim.linalg.Svd;

/**
 * The solutions of {@code Xw = t} (or its least-squares solutions when inconsistent):
 * the minimum-norm point {@code w* = X⁺t} plus any vector of the null space of X.
 *
 * @param minNorm    {@code X⁺t}
 * @param nullBasis  an orthonormal basis of the null space of X (empty when X has full column rank)
 * @param rank       the rank of X
 * @param consistent whether {@code Xw* = t} holds (to 1e-9 relative)
 */
public record SolutionSet(double[] minNorm, List<double[]> nullBasis, int rank, boolean consistent) {

    /** The solution set of {@code X (n×d) w = t}. */
    public static SolutionSet of(double[] x, int n, int d, double[] t) {
        double[] pinv = Svd.pseudoInverse(x, n, d);
        double[] w = Mat.apply(pinv, t, d, n);
        double[] gram = new double[d * d];
        Mat.transposeTimes(x, gram, n, d);
        SymmetricEigen e = SymmetricEigen.of(gram, d);
        double tol = 1e-12 * Math.max(e.values()[0], 0) * d;
        List<double[]> basis = new ArrayList<>();
        int rank = 0;
        for (int k = 0; k < d; k++) {
            if (e.values()[k] > tol && e.values()[k] > 0) {
                rank++;
            } else {
                basis.add(e.vector(k));
            }
        }
        double[] r = Mat.apply(x, w, n, d);
        double miss = 0;
        for (int i = 0; i < n; i++) {
            miss = Math.max(miss, Math.abs(r[i] - t[i]));
        }
        boolean consistent = miss <= 1e-9 * Math.max(1, Mat.norm(t));
        return new SolutionSet(w, List.copyOf(basis), rank, consistent);
    }

    /** The component of {@code p} in the null space of X (its projection). */
    public double[] nullComponent(double[] p) {
        double[] out = new double[p.length];
        for (double[] v : nullBasis) {
            double c = Mat.dot(v, p);
            for (int i = 0; i < p.length; i++) {
                out[i] += c * v[i];
            }
        }
        return out;
    }

    /** The length of {@link #nullComponent}. */
    public double nullNorm(double[] p) {
        return Mat.norm(nullComponent(p));
    }

    /** The distance from {@code p} to the minimum-norm solution. */
    public double distanceToMinNorm(double[] p) {
        return Mat.distance(p, minNorm);
    }
}
