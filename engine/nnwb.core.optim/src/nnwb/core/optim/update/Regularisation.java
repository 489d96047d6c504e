package nnwb.core.optim.update;

/**
 * The two regularisers every optimizer takes: an L2 penalty added to the gradient
 * ({@code g + l2·p}) and decoupled weight decay applied to the parameters
 * ({@code p ← keep·p − lr·u} with {@code keep = 1 − wd}, or {@code 1 − lr·wd} when {@code wd-lr}).
 *
 * @param l2   the coefficient added to the gradient (the gradient of {@code (l2/2)·‖p‖²})
 * @param keep the factor applied to the parameters before the update is subtracted
 */
public record Regularisation(double l2, double keep) {

    /** Read from a configuration's {@code l2}, {@code wd}, {@code wd-lr} and {@code lr}. */
    public static Regularisation of(OptimizerConfig c) {
        double wd = c.number("wd");
        double decay = c.flag("wd-lr") ? c.number("lr") * wd : wd;
        return new Regularisation(c.number("l2"), 1 - decay);
    }

    /** The decay subtracted per step, {@code 1 − keep}. */
    public double decay() {
        return 1 - keep;
    }
}
