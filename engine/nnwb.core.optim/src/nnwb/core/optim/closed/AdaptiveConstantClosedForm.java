package nnwb.core.optim.closed;

import java.util.Arrays;
import nnwb.core.optim.update.EpsPlacement;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * Adam, AdamW, RMSProp, Adagrad and SignSGD under a constant gradient {@code G} (no L2, no decay),
 * coordinate by coordinate. The moments are closed: {@code mₖ = (1−β₁ᵏ)G}, {@code vₖ = (1−β₂ᵏ)G²}
 * (Adam), {@code vₖ = (1−βᵏ)G²} (RMSProp), {@code sₖ = init + kG²} (Adagrad), so each step
 * {@code uₖ} is explicit and {@code pₜ = p₀ − η·Σₖ uₖ}. With bias correction and ε outside or inside
 * the root, Adam's step is the constant {@code G/(|G| + ε)} (or {@code G/√(G² + ε)}): with ε = 0,
 * {@code pₜ = p₀ − η·t·sign(G)}, independent of the gradient's scale. SignSGD moves
 * {@code η·t·sign(G)} with or without momentum.
 */
public final class AdaptiveConstantClosedForm implements ClosedForm {

    private final OptimizerConfig c;
    private final double[] g;
    private final double[] start;
    private double[] sums = new double[0];
    private int computed;

    /** For a constant gradient {@code g} from {@code start}. */
    public AdaptiveConstantClosedForm(OptimizerConfig config, double[] g, double[] start) {
        if (!ClosedForms.ADAPTIVE.contains(config.name())) {
            throw new IllegalArgumentException(config.name() + " has no constant-gradient closed form here");
        }
        this.c = config;
        this.g = g.clone();
        this.start = start.clone();
    }

    @Override
    public String formula() {
        return switch (c.name()) {
            case "adam", "adamw" -> "mₜ = (1−β₁ᵗ)G, vₜ = (1−β₂ᵗ)G², pₜ = p₀ − η·Σ uₖ";
            case "rmsprop" -> "vₜ = (1−βᵗ)G², pₜ = p₀ − η·Σ G/(√vₖ + ε)";
            case "adagrad" -> "sₜ = init + t·G², pₜ = p₀ − Σ ηₖ·G/(√sₖ + ε)";
            default -> "pₜ = p₀ − η·t·sign(G)";
        };
    }

    @Override
    public double[] paramsAt(int t) {
        double[] p = start.clone();
        for (int i = 0; i < g.length; i++) {
            p[i] -= moved(g[i], t, i);
        }
        return p;
    }

    /** The distance moved along a coordinate with gradient {@code gi} after t steps. */
    private double moved(double gi, int t, int coord) {
        double lr = c.lr();
        if (c.name().equals("signsgd")) {
            return lr * t * Math.signum(gi);
        }
        if (isAdam() && c.flag("bias-correction") && !raw()) {
            return lr * t * gi * at().reciprocal(gi * gi, c.number("eps"));
        }
        return prefix(t, coord);
    }

    private double prefix(int t, int coord) {
        int d = g.length;
        if (t > computed) {
            double[] grown = Arrays.copyOf(sums, (t + 1) * d);
            for (int k = computed + 1; k <= t; k++) {
                for (int i = 0; i < d; i++) {
                    grown[k * d + i] = grown[(k - 1) * d + i] + step(g[i], k);
                }
            }
            sums = grown;
            computed = t;
        }
        return t == 0 ? 0 : sums[t * d + coord];
    }

    /** {@code ηₖ·uₖ} for step k. */
    private double step(double gi, int k) {
        double eps = c.number("eps");
        double lr = c.lr();
        switch (c.name()) {
            case "rmsprop": {
                double v = (1 - Math.pow(c.number("beta"), k)) * gi * gi;
                return lr * gi * at().reciprocal(v, eps);
            }
            case "adagrad": {
                double s = c.number("init") + k * gi * gi;
                return lr / (1 + (k - 1) * c.number("lr-decay")) * gi * at().reciprocal(s, eps);
            }
            default: {
                boolean correct = c.flag("bias-correction");
                double b1 = 1 - Math.pow(c.number("beta1"), k);
                double b2 = 1 - Math.pow(c.number("beta2"), k);
                double bc1 = correct ? b1 : 1;
                double bc2 = correct ? b2 : 1;
                double m = b1 * gi;
                double v = b2 * gi * gi;
                double u = raw() ? Math.sqrt(bc2) / bc1 * m * at().reciprocal(v, eps) : m / bc1 * at().reciprocal(v / bc2, eps);
                return lr * u;
            }
        }
    }

    private boolean isAdam() {
        return c.name().startsWith("adam");
    }

    private EpsPlacement at() {
        return EpsPlacement.of(c.choice("eps-at"));
    }

    private boolean raw() {
        return at() == EpsPlacement.OUTSIDE_UNCORRECTED || at() == EpsPlacement.INSIDE_UNCORRECTED;
    }
}
