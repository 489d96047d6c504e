package nnwb.core.optim.update;

import java.util.List;

/**
 * Momentum as an exponential moving average of the gradient (PyTorch's dampening = β, Adam's
 * first moment without bias correction): {@code m ← β·m + (1 − β)·g; p ← keep·p − lr·m}. It equals
 * {@code momentum} with learning rate {@code lr·(1 − β)}. Stores one value per parameter.
 */
final class EmaMomentum implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "averaging coefficient β", "beta"));

    private final OptimizerConfig config;
    private final double lr;
    private final double beta;
    private final Regularisation reg;

    EmaMomentum(Optimizers.Bound b) {
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
            m[i] = beta * m[i] + (1 - beta) * (g[i] + l2 * p[i]);
            p[i] = keep * p[i] - lr * m[i];
        }
    }
}
