package nnwb.core.optim.update;

import java.util.List;

/**
 * Nesterov momentum in PyTorch's form ({@code SGD(nesterov=True)}, no dampening):
 * {@code m ← β·m + g; p ← keep·p − lr·(g + β·m)}, the gradient at the current point with a
 * look-ahead along the new momentum. DL4J's {@code Nesterovs} updater is written differently,
 * {@code v' = μ·v − lr·g; p ← p + (1 + μ)·v' − μ·v} (with {@code v = −lr·m} the two agree for a
 * constant learning rate). Stores one value per parameter.
 */
final class Nesterov extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.1,
            HyperParam.rate("momentum", 0.9, "momentum coefficient β", "beta"));

    private final double beta;

    Nesterov(Optimizers.Bound b) {
        super(b, List.of("m"));
        beta = config.number("momentum");
    }

    @Override
    protected double delta(double gi, double[] m, int i, int n, int t) {
        m[i] = beta * m[i] + gi;
        return lr * (gi + beta * m[i]);
    }
}
