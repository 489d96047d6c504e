package nnwb.core.optim.update;

import java.util.List;

/**
 * Momentum as an exponential moving average of the gradient (PyTorch's dampening = β, Adam's
 * first moment without bias correction): {@code m ← β·m + (1 − β)·g; p ← keep·p − lr·m}. It equals
 * {@code momentum} with learning rate {@code lr·(1 − β)}. Stores one value per parameter.
 */
final class EmaMomentum extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "averaging coefficient β", "beta"));

    private final double beta;

    EmaMomentum(Optimizers.Bound b) {
        super(b, List.of("m"));
        beta = config.number("momentum");
    }

    @Override
    protected double delta(double gi, double[] m, int i, int n, int t) {
        m[i] = beta * m[i] + (1 - beta) * gi;
        return lr * m[i];
    }
}
