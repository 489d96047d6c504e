package nnwb.core.optim.closed;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.QuadraticForm;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * The largest stable learning rate on a quadratic problem, whose Hessian H is constant: gradient descent
 * multiplies the eigenmode of curvature h by {@code 1 − ηh} per step, so it converges for every mode only while
 * {@code η < 2/L}, L the largest eigenvalue of H; heavy-ball momentum ({@code m ← βm + g; p ← p − ηm}) while
 * {@code η < 2(1 + β)/L}. Both without L2 or weight decay, which add to the curvature.
 *
 * @param curvature L, the largest eigenvalue of the problem's Hessian
 */
public record StabilityLimit(double curvature) {

    public StabilityLimit {
        if (!(curvature > 0) || !Double.isFinite(curvature)) {
            throw new IllegalArgumentException("the largest curvature must be positive and finite, got " + curvature);
        }
    }

    /** The limit of a quadratic problem with some positive curvature; empty for other problems. */
    public static Optional<StabilityLimit> of(Problem p) {
        Optional<QuadraticForm> q = p.quadraticForm();
        if (q.isEmpty() || q.get().constantGradient()) {
            return Optional.empty();
        }
        double top = q.get().eigen().values()[0];
        return top > 0 && Double.isFinite(top) ? Optional.of(new StabilityLimit(top)) : Optional.empty();
    }

    /** Gradient descent's limit {@code 2/L}. */
    public double gradientDescent() {
        return 2 / curvature;
    }

    /** Heavy ball's limit {@code 2(1 + β)/L}. */
    public double heavyBall(double beta) {
        return 2 * (1 + beta) / curvature;
    }

    /** The limit for an optimizer whose stability has this closed form (sgd, momentum; no L2 or decay), else empty. */
    public OptionalDouble forOptimizer(OptimizerConfig c) {
        if (c.values().containsKey("l2") && c.number("l2") != 0 || c.values().containsKey("wd") && c.number("wd") != 0) {
            return OptionalDouble.empty();
        }
        return switch (c.name()) {
            case "sgd" -> OptionalDouble.of(gradientDescent());
            case "momentum" -> OptionalDouble.of(heavyBall(c.number("momentum")));
            default -> OptionalDouble.empty();
        };
    }

    /**
     * One line for beside the learning rate: {@code stable for η < 2/L = 0.2 (L = 10)} for sgd, the heavy-ball
     * form for momentum, and gradient descent's limit as a reference for other optimizers.
     */
    public String describe(OptimizerConfig c) {
        OptionalDouble lim = forOptimizer(c);
        String l = "L = " + num(curvature) + ", the largest curvature";
        if (lim.isPresent() && c.name().equals("momentum")) {
            return "stable for η < 2(1 + β)/L = " + num(lim.getAsDouble()) + " (" + l + ")" + verdict(c.lr(), lim.getAsDouble());
        }
        if (lim.isPresent()) {
            return "stable for η < 2/L = " + num(lim.getAsDouble()) + " (" + l + ")" + verdict(c.lr(), lim.getAsDouble());
        }
        return "gradient descent is stable for η < 2/L = " + num(gradientDescent()) + " (" + l + ")";
    }

    private static String verdict(double lr, double limit) {
        return lr < limit ? "" : lr == limit ? ": η = " + num(lr) + " oscillates" : ": η = " + num(lr) + " diverges";
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
