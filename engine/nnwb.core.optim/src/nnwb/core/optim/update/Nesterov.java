package nnwb.core.optim.update;

import java.util.List;

/**
 * Nesterov momentum in PyTorch's form ({@code SGD(nesterov=True)}, no dampening):
 * {@code m ← β·m + g; p ← keep·p − lr·(g + β·m)}, the gradient at the current point with a
 * look-ahead along the new momentum. DL4J's {@code Nesterovs} updater is written differently,
 * {@code v' = μ·v − lr·g; p ← p + (1 + μ)·v' − μ·v} (with {@code v = −lr·m} the two agree for a
 * constant learning rate). Stores one value per parameter.
 */
final class Nesterov implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "momentum coefficient β", "beta"));

    private final OptimizerConfig config;
    private final double lr;
    private final double beta;
    private final Regularisation reg;

    Nesterov(Optimizers.Bound b) {
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
            double gi = g[i] + l2 * p[i];
            m[i] = beta * m[i] + gi;
            p[i] = keep * p[i] - lr * (gi + beta * m[i]);
        }
    }
}
