package nnwb.core.optim.closed;

import nnwb.core.optim.linalg.SymmetricEigen;
import nnwb.core.optim.problem.QuadraticForm;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Regularisation;

/**
 * SGD, momentum (both forms) and Nesterov on a quadratic {@code ½wᵀHw − bᵀw + k} with L2 and
 * decoupled weight decay, mode by mode. In the eigenbasis of {@code H + l2·I} each curvature {@code h}
 * gives a 2×2 affine recurrence on (position z, momentum m):
 * <pre>
 *   sgd           z' = (keep − ηh)·z + ηb
 *   momentum      z' = (keep − ηh)·z − ηβ·m + ηb,          m' = h·z + β·m − b
 *   ema-momentum  z' = (keep − η(1−β)h)·z − ηβ·m + η(1−β)b, m' = (1−β)(h·z − b) + β·m
 *   nesterov      z' = (keep − ηh(1+β))·z − ηβ²·m + η(1+β)b, m' = h·z + β·m − b
 * </pre>
 * solved as {@code sₜ = ŝ + Mᵗ(s₀ − ŝ)} about its fixed point {@code ŝ} with {@link Mat2Power}. A mode
 * with no curvature and no decay has a constant gradient {@code G}, where
 * {@code zₜ = z₀ − ηG·Sₜ} with {@code Sₜ = t} (SGD), {@code (t − β(1−βᵗ)/(1−β))/(1−β)} (momentum),
 * {@code t − β(1−βᵗ)/(1−β)} (EMA) or {@code (t − β²(1−βᵗ)/(1−β))/(1−β)} (Nesterov). Gradient descent
 * from zero on least squares therefore stays in the row space and ends at the minimum-norm solution.
 */
public final class LinearClosedForm implements ClosedForm {

    private final String kind;
    private final double lr;
    private final double beta;
    private final double keep;
    private final SymmetricEigen eigen;
    private final double[] h;
    private final double[] b;
    private final double[] z0;

    /** For a linear optimizer ({@code sgd, momentum, ema-momentum, nesterov}) started at {@code start}. */
    public LinearClosedForm(QuadraticForm q, OptimizerConfig c, double[] start) {
        kind = c.name();
        if (!ClosedForms.LINEAR.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not linear in the gradient; no closed form on a quadratic");
        }
        lr = c.lr();
        beta = kind.equals("sgd") ? 0 : c.number("momentum");
        Regularisation reg = Regularisation.of(c);
        keep = reg.keep();
        int n = q.n();
        double[] hh = q.h().clone();
        for (int i = 0; i < n; i++) {
            hh[i * n + i] += reg.l2();
        }
        eigen = SymmetricEigen.of(hh, n);
        double top = Math.max(Math.abs(eigen.values()[0]), Math.abs(eigen.values()[n - 1]));
        h = eigen.values().clone();
        for (int k = 0; k < n; k++) {
            if (Math.abs(h[k]) <= 1e-12 * n * top) {
                h[k] = 0;
            }
        }
        b = eigen.toEigenBasis(q.b());
        z0 = eigen.toEigenBasis(start);
    }

    @Override
    public String formula() {
        return kind + " on a quadratic, per eigenmode: sₜ = ŝ + Mᵗ(s₀ − ŝ)";
    }

    @Override
    public double[] paramsAt(int t) {
        double[] z = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            z[k] = mode(h[k], b[k], z0[k], t);
        }
        return eigen.fromEigenBasis(z);
    }

    private double mode(double hk, double bk, double zk, int t) {
        double e = lr * hk;
        double[] m = switch (kind) {
            case "sgd" -> new double[] {keep - e, 0, hk, 0, lr * bk, -bk};
            case "momentum" -> new double[] {keep - e, -lr * beta, hk, beta, lr * bk, -bk};
            case "ema-momentum" -> new double[] {keep - e * (1 - beta), -lr * beta, (1 - beta) * hk, beta,
                lr * (1 - beta) * bk, -(1 - beta) * bk};
            default -> new double[] {keep - e * (1 + beta), -lr * beta * beta, hk, beta, lr * (1 + beta) * bk, -bk};
        };
        if (keep == 1 && e == 0) {
            return zk - lr * (hk * zk - bk) * constantSum(t);
        }
        double i00 = 1 - m[0];
        double i01 = -m[1];
        double i10 = -m[2];
        double i11 = 1 - m[3];
        double det = i00 * i11 - i01 * i10;
        double zs = (i11 * m[4] - i01 * m[5]) / det;
        double ms = (-i10 * m[4] + i00 * m[5]) / det;
        double[] p = Mat2Power.power(m[0], m[1], m[2], m[3], t);
        return zs + p[0] * (zk - zs) + p[1] * (0 - ms);
    }

    /** {@code Sₜ}: the number of gradient-lengths moved after t steps under a constant gradient. */
    private double constantSum(int t) {
        double geo = beta == 0 ? 0 : beta * (1 - Math.pow(beta, t)) / (1 - beta);
        return switch (kind) {
            case "sgd" -> t;
            case "momentum" -> (t - geo) / (1 - beta);
            case "ema-momentum" -> t - geo;
            default -> (t - beta * geo) / (1 - beta);
        };
    }
}
