package nnwb.core.optim.update;

import java.util.ArrayList;
import java.util.List;

/**
 * RMSProp as in the Toronto sheet and PyTorch: {@code v ← βv + (1−β)g²; u = g/(√v + ε)} (or
 * {@code g/√(v + ε)} with {@code eps-at=inside}), then {@code p ← keep·p − lr·u}.
 * Optional, as in PyTorch: {@code centered} subtracts the square of an EMA {@code a} of the gradient
 * from {@code v} in the denominator; {@code momentum μ > 0} keeps a buffer {@code b ← μb + u} and steps
 * {@code lr·b}. Stores {@code v} (plus {@code b} and {@code a} when used).
 */
final class RmsProp extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.01,
            HyperParam.rate("beta", 0.99, "squared-gradient decay β (PyTorch's alpha)", "alpha", "beta2", "decay"),
            HyperParam.nonNegative("eps", 1e-8, "ε in the denominator (0 means exactly zero)", "epsilon"),
            HyperParam.choice("eps-at", "outside", List.of("outside", "inside"), "ε after or under the square root"),
            HyperParam.rate("momentum", 0, "momentum μ on the scaled update (0: none)"),
            HyperParam.flag("centered", false, "subtract the squared mean gradient from v"));

    private final double beta;
    private final double eps;
    private final EpsPlacement at;
    private final double mu;
    private final boolean centered;

    RmsProp(Optimizers.Bound b) {
        super(b, stateNames(b.config().number("momentum") > 0, b.config().flag("centered")));
        beta = config.number("beta");
        eps = config.number("eps");
        at = EpsPlacement.of(config.choice("eps-at"));
        mu = config.number("momentum");
        centered = config.flag("centered");
    }

    private static List<String> stateNames(boolean momentum, boolean centered) {
        List<String> l = new ArrayList<>(List.of("v"));
        if (momentum) {
            l.add("b");
        }
        if (centered) {
            l.add("a");
        }
        return l;
    }

    @Override
    protected double delta(double gi, double[] s, int i, int n, int t) {
        int bSlot = n;
        int aSlot = mu > 0 ? 2 * n : n;
        double v = beta * s[i] + (1 - beta) * gi * gi;
        s[i] = v;
        if (centered) {
            double a = beta * s[aSlot + i] + (1 - beta) * gi;
            s[aSlot + i] = a;
            v -= a * a;
        }
        double u = gi * at.reciprocal(v, eps);
        if (mu > 0) {
            u = mu * s[bSlot + i] + u;
            s[bSlot + i] = u;
        }
        return lr * u;
    }
}
