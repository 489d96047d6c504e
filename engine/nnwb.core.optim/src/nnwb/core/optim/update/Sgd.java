package nnwb.core.optim.update;

import java.util.List;

/** Gradient descent: {@code p ← keep·p − lr·(g + l2·p)}. Stores nothing. */
final class Sgd extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.common(0.1);

    Sgd(Optimizers.Bound b) {
        super(b, List.of());
    }

    @Override
    protected double delta(double gi, double[] s, int i, int n, int t) {
        return lr * gi;
    }
}
