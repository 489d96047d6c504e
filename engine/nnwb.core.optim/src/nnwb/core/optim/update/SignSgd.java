package nnwb.core.optim.update;

import java.util.List;

/**
 * SignSGD: {@code p ← keep·p − lr·sign(g)} (sign(0) = 0). With {@code momentum β > 0} it is Signum:
 * {@code m ← βm + (1−β)g; p ← keep·p − lr·sign(m)}, storing {@code m}; otherwise it stores nothing.
 */
final class SignSgd extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.01,
            HyperParam.rate("momentum", 0, "averaging coefficient β before the sign (0: plain SignSGD)", "beta"));

    private final double beta;

    SignSgd(Optimizers.Bound b) {
        super(b, b.config().number("momentum") > 0 ? List.of("m") : List.of());
        beta = config.number("momentum");
    }

    @Override
    protected double delta(double gi, double[] s, int i, int n, int t) {
        if (beta > 0) {
            gi = beta * s[i] + (1 - beta) * gi;
            s[i] = gi;
        }
        return lr * Math.signum(gi);
    }
}
