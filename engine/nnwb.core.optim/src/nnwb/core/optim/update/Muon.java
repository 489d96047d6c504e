package nnwb.core.optim.update;

import java.util.List;

/**
 * Muon on a {@code rows×cols} parameter matrix (a vector problem is one {@code 1×d} matrix):
 * {@code m ← βm + g} (PyTorch-SGD momentum as in the original Muon code), {@code u = g + βm} with
 * Nesterov or {@code u = m} without, {@code O = NewtonSchulz(u)}, and {@code p ← keep·p − lr·scale·O}.
 * With {@code momentum = 0} it stores nothing; otherwise one value ({@code m}) per parameter.
 * Defaults follow Muon: β = 0.95, Nesterov, 5 iterations of the tuned quintic, ε = 1e-7 in the
 * normalisation.
 */
final class Muon extends RegularisedOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.02,
            HyperParam.rate("momentum", 0.95, "momentum coefficient β", "beta"),
            HyperParam.flag("nesterov", true, "orthogonalise g + βm instead of m"),
            HyperParam.choice("ns", "5", NewtonSchulz.Polynomial.keys(),
                    "Newton–Schulz polynomial: 3 (classic cubic), 5 (Muon's tuned quintic), 5-classic"),
            HyperParam.integer("ns-steps", 5, 0, 100, "Newton–Schulz iterations"),
            HyperParam.nonNegative("ns-eps", 1e-7, "ε added to ‖G‖_F before normalising"),
            HyperParam.choice("ns-form", "auto", NewtonSchulz.Form.keys(),
                    "square X·Xᵀ (outer), Xᵀ·X (gram) or the smaller (auto)"),
            HyperParam.nonNegative("scale", 1, "multiplier of the orthogonalised update"));

    private final int rows;
    private final int cols;
    private final double beta;
    private final boolean nesterov;
    private final NewtonSchulz.Polynomial poly;
    private final int steps;
    private final double nsEps;
    private final NewtonSchulz.Form form;
    private final double scale;
    private double[] u = new double[0];
    private double[] o = new double[0];

    Muon(Optimizers.Bound b) {
        super(b, b.config().number("momentum") > 0 ? List.of("m") : List.of());
        rows = b.rows();
        cols = b.cols();
        beta = config.number("momentum");
        nesterov = config.flag("nesterov");
        poly = NewtonSchulz.Polynomial.of(config.choice("ns"));
        steps = config.integer("ns-steps");
        nsEps = config.number("ns-eps");
        form = NewtonSchulz.Form.valueOf(config.choice("ns-form").toUpperCase(java.util.Locale.ROOT));
        scale = config.number("scale");
    }

    @Override
    public void step(double[] p, double[] g, double[] m, int t) {
        int n = p.length;
        int block = rows * cols;
        if (n % block != 0) {
            throw new IllegalArgumentException("muon: " + n + " parameters do not make " + rows + "×" + cols + " matrices");
        }
        if (u.length != n) {
            u = new double[n];
            o = new double[n];
        }
        for (int i = 0; i < n; i++) {
            double gi = penalised(g[i], p[i]);
            if (beta > 0) {
                m[i] = beta * m[i] + gi;
                u[i] = nesterov ? gi + beta * m[i] : m[i];
            } else {
                u[i] = gi;
            }
        }
        for (int off = 0; off < n; off += block) {
            NewtonSchulz.orthogonalise(u, off, rows, cols, poly, steps, nsEps, form, o);
        }
        double rate = lr * scale;
        for (int i = 0; i < n; i++) {
            p[i] = decayed(p[i], rate * o[i]);
        }
    }
}
