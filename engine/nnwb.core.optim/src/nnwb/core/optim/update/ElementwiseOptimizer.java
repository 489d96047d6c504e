package nnwb.core.optim.update;

import java.util.List;

/**
 * An optimizer whose update of each parameter depends on that parameter's gradient and state only:
 * the template of {@link #step} penalises the gradient, asks {@link #delta} for the step and applies
 * it after decoupled decay, {@code p ← keep·p − delta(g + l2·p)}.
 */
abstract class ElementwiseOptimizer extends RegularisedOptimizer {

    /** Binds the configuration of {@code b}; {@code stateNames} are the state slots in storage order. */
    protected ElementwiseOptimizer(Optimizers.Bound b, List<String> stateNames) {
        super(b, stateNames);
    }

    @Override
    public final void step(double[] p, double[] g, double[] s, int t) {
        int n = p.length;
        beginStep(t);
        for (int i = 0; i < n; i++) {
            p[i] = decayed(p[i], delta(penalised(g[i], p[i]), s, i, n, t));
        }
    }

    /** Called once before the parameters of step {@code t} are updated (for per-step factors). */
    protected void beginStep(int t) {
    }

    /**
     * The amount subtracted from parameter {@code i} (after decay), updating its state.
     *
     * @param gi the penalised gradient {@code g + l2·p}
     * @param s  the state, slot {@code k} of parameter {@code i} at {@code k·n + i}
     * @param i  the parameter's index
     * @param n  the number of parameters
     * @param t  the step number, 1 for the first
     */
    protected abstract double delta(double gi, double[] s, int i, int n, int t);
}
