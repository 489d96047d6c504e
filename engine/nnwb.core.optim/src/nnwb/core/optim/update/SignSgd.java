package nnwb.core.optim.update;

import java.util.List;

/**
 * SignSGD: {@code p ← keep·p − lr·sign(g)} (sign(0) = 0). With {@code momentum β > 0} it is Signum:
 * {@code m ← βm + (1−β)g; p ← keep·p − lr·sign(m)}, storing {@code m}; otherwise it stores nothing.
 */
final class SignSgd implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.01,
            HyperParam.rate("momentum", 0, "averaging coefficient β before the sign (0: plain SignSGD)", "beta"));

    private final OptimizerConfig config;
    private final double lr;
    private final double beta;
    private final Regularisation reg;

    SignSgd(Optimizers.Bound b) {
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
        return beta > 0 ? List.of("m") : List.of();
    }

    @Override
    public void step(double[] p, double[] g, double[] s, int t) {
        for (int i = 0; i < p.length; i++) {
            double gi = g[i] + reg.l2() * p[i];
            if (beta > 0) {
                gi = beta * s[i] + (1 - beta) * gi;
                s[i] = gi;
            }
            p[i] = reg.keep() * p[i] - lr * Math.signum(gi);
        }
    }
}
