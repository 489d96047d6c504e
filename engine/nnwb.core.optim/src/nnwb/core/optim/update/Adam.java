package nnwb.core.optim.update;

import java.util.List;

/**
 * Adam: {@code m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²}, then {@code p ← keep·p − lr·u} with
 * {@code u} from {@link EpsPlacement} (bias correction on or off; with AMSGrad the running maximum of
 * {@code v} replaces {@code v}). {@code l2} is PyTorch Adam's {@code weight_decay} (added to the
 * gradient); {@code wd} is decoupled decay. {@code adamw} is the same rule with decoupled decay on by
 * default (0.01, multiplied by the learning rate, as PyTorch's AdamW). Stores {@code m} and {@code v}
 * (and {@code vmax} with AMSGrad).
 */
final class Adam extends ElementwiseOptimizer {

    static final List<HyperParam> PARAMS = Optimizers.with(0.001,
            HyperParam.rate("beta1", 0.9, "first-moment decay β₁"),
            HyperParam.rate("beta2", 0.999, "second-moment decay β₂"),
            HyperParam.nonNegative("eps", 1e-8, "ε in the denominator (0 means exactly zero)", "epsilon"),
            HyperParam.choice("eps-at", "outside", EpsPlacement.keys(), "where ε sits in the denominator"),
            HyperParam.flag("bias-correction", true, "divide m by 1−β₁ᵗ and v by 1−β₂ᵗ"),
            HyperParam.flag("amsgrad", false, "use the running maximum of v (AMSGrad)"));

    static final List<HyperParam> ADAMW_PARAMS = PARAMS.stream()
            .map(p -> switch (p.key()) {
                case "wd" -> p.withDefault(0.01);
                case "wd-lr" -> p.withDefault(true);
                default -> p;
            }).toList();

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final EpsPlacement at;
    private final boolean correct;
    private final boolean amsgrad;
    private double bc1;
    private double bc2;
    private boolean raw;
    private double alpha;

    Adam(Optimizers.Bound b) {
        super(b, b.config().flag("amsgrad") ? List.of("m", "v", "vmax") : List.of("m", "v"));
        beta1 = config.number("beta1");
        beta2 = config.number("beta2");
        eps = config.number("eps");
        at = EpsPlacement.of(config.choice("eps-at"));
        correct = config.flag("bias-correction");
        amsgrad = config.flag("amsgrad");
    }

    @Override
    protected void beginStep(int t) {
        bc1 = correct ? 1 - Math.pow(beta1, t) : 1;
        bc2 = correct ? 1 - Math.pow(beta2, t) : 1;
        raw = at == EpsPlacement.OUTSIDE_UNCORRECTED || at == EpsPlacement.INSIDE_UNCORRECTED;
        alpha = Math.sqrt(bc2) / bc1;
    }

    @Override
    protected double delta(double gi, double[] s, int i, int n, int t) {
        double m = beta1 * s[i] + (1 - beta1) * gi;
        double v = beta2 * s[n + i] + (1 - beta2) * gi * gi;
        s[i] = m;
        s[n + i] = v;
        if (amsgrad) {
            v = Math.max(s[2 * n + i], v);
            s[2 * n + i] = v;
        }
        double u = raw ? alpha * m * at.reciprocal(v, eps) : (m / bc1) * at.reciprocal(v / bc2, eps);
        return lr * u;
    }
}
