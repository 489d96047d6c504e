package nnwb.core.optim.update;

import java.util.List;

/**
 * Adagrad: {@code s ← s + g²; u = g/(√s + ε)} (or {@code g/√(s + ε)}), then
 * {@code p ← keep·p − lrₜ·u} with PyTorch's learning-rate decay {@code lrₜ = lr/(1 + (t−1)·lr-decay)}
 * and the accumulator starting at {@code init} (added on the first step, so a zero state array is a fresh
 * start). Stores one value ({@code s}) per parameter.
 */
final class Adagrad implements Optimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.nonNegative("eps", 1e-10, "ε in the denominator (0 means exactly zero)", "epsilon"),
            HyperParam.choice("eps-at", "outside", List.of("outside", "inside"), "ε after or under the square root"),
            HyperParam.nonNegative("init", 0, "initial value of the accumulator s"),
            HyperParam.nonNegative("lr-decay", 0, "learning-rate decay per step"));

    private final OptimizerConfig config;
    private final double lr;
    private final double eps;
    private final EpsPlacement at;
    private final double init;
    private final double decay;
    private final Regularisation reg;

    Adagrad(Optimizers.Bound b) {
        config = b.config();
        lr = config.lr();
        eps = config.number("eps");
        at = EpsPlacement.of(config.choice("eps-at"));
        init = config.number("init");
        decay = config.number("lr-decay");
        reg = Regularisation.of(config);
    }

    @Override
    public OptimizerConfig config() {
        return config;
    }

    @Override
    public List<String> stateNames() {
        return List.of("s");
    }

    @Override
    public void step(double[] p, double[] g, double[] s, int t) {
        double rate = lr / (1 + (t - 1) * decay);
        for (int i = 0; i < p.length; i++) {
            double gi = g[i] + reg.l2() * p[i];
            double acc = (t == 1 ? init : s[i]) + gi * gi;
            s[i] = acc;
            p[i] = reg.keep() * p[i] - rate * gi * at.reciprocal(acc, eps);
        }
    }
}
