package nnwb.core.optim.update;

import java.util.List;

/**
 * Heavy-ball momentum in the EPFL sheet's and PyTorch's form (no dampening):
 * {@code m ← β·m + g; p ← keep·p − lr·m}. Stores one value ({@code m}) per parameter.
 */
final class Momentum extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "momentum coefficient β", "beta"));

    private final double beta;

    Momentum(Optimizers.Bound b) {
        super(b, List.of("m"));
        beta = config.number("momentum");
    }

    @Override
    protected double delta(double gi, double[] m, int i, int n, int t) {
        m[i] = beta * m[i] + gi;
        return lr * m[i];
    }
}
