package nnwb.core.optim.update;

import java.util.List;

/**
 * Heavy-ball momentum in the EPFL sheet's and PyTorch's form (no dampening):
 * {@code m ← β·m + g; p ← keep·p − lr·m}. Stores one value ({@code m}) per parameter.
 */
final class Momentum implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "momentum coefficient β", "beta"));

    private final OptimizerConfig config;
    private final double lr;
    private final double beta;
    private final Regularisation reg;

    Momentum(Optimizers.Bound b) {
        config = b.config();
        lr = config.lr();
        beta = config.number("momentum");
        reg = Regularisation.of(config);
    }

    @Override
    public OptimizerConfig config() {
        return config;
    }

    @Override
    public List<String> stateNames() {
        return List.of("m");
    }

    @Override
    public void step(double[] p, double[] g, double[] m, int t) {
        double l2 = reg.l2();
        double keep = reg.keep();
        for (int i = 0; i < p.length; i++) {
            m[i] = beta * m[i] + (g[i] + l2 * p[i]);
            p[i] = keep * p[i] - lr * m[i];
        }
    }
}
