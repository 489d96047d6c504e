package nnwb.core.optim.update;

import java.util.List;

/** Gradient descent: {@code p ← keep·p − lr·(g + l2·p)}. Stores nothing. */
final class Sgd implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.common(0.1);

    private final OptimizerConfig config;
    private final double lr;
    private final Regularisation reg;

    Sgd(Optimizers.Bound b) {
        config = b.config();
        lr = config.lr();
        reg = Regularisation.of(config);
    }

    @Override
    public OptimizerConfig config() {
        return config;
    }

    @Override
    public List<String> stateNames() {
        return List.of();
    }

    @Override
    public void step(double[] p, double[] g, double[] state, int t) {
        double l2 = reg.l2();
        double keep = reg.keep();
        for (int i = 0; i < p.length; i++) {
            p[i] = keep * p[i] - lr * (g[i] + l2 * p[i]);
        }
    }
}
