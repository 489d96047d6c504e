package nnwb.core.optim.update;

import java.util.List;

/**
 * Adagrad: {@code s ← s + g²; u = g/(√s + ε)} (or {@code g/√(s + ε)}), then
 * {@code p ← keep·p − lrₜ·u} with PyTorch's learning-rate decay {@code lrₜ = lr/(1 + (t−1)·lr-decay)}
 * and the accumulator starting at {@code init} (added on the first step, so a zero state array is a fresh
 * start). Stores one value ({@code s}) per parameter.
 */
final class Adagrad extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.01,
            HyperParam.nonNegative("eps", 1e-10, "ε in the denominator (0 means exactly zero)", "epsilon"),
            HyperParam.choice("eps-at", "outside", List.of("outside", "inside"), "ε after or under the square root"),
            HyperParam.nonNegative("init", 0, "initial value of the accumulator s"),
            HyperParam.nonNegative("lr-decay", 0, "learning-rate decay per step"));

    private final double eps;
    private final EpsPlacement at;
    private final double init;
    private final double decay;
    private double rate;

    Adagrad(Optimizers.Bound b) {
        super(b, List.of("s"));
        eps = config.number("eps");
        at = EpsPlacement.of(config.choice("eps-at"));
        init = config.number("init");
        decay = config.number("lr-decay");
    }

    @Override
    protected void beginStep(int t) {
        rate = lr / (1 + (t - 1) * decay);
    }

    @Override
    protected double delta(double gi, double[] s, int i, int n, int t) {
        double acc = (t == 1 ? init : s[i]) + gi * gi;
        s[i] = acc;
        return rate * gi * at.reciprocal(acc, eps);
    }
}
