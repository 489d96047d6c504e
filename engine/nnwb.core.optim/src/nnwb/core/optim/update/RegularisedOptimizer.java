package nnwb.core.optim.update;

import java.util.List;

/**
 * The skeleton every optimizer shares: the configuration it was made from, its learning rate, the
 * names of its state slots and the two regularisers around its update, the L2 penalty added to the
 * gradient ({@link #penalised}) and decoupled weight decay applied to the parameters ({@link #decayed}).
 * Subclasses write only their update rule.
 */
abstract class RegularisedOptimizer implements Optimizer {

    /** The configuration this optimizer was made from. */
    protected final OptimizerConfig config;
    /** The learning rate {@code lr}. */
    protected final double lr;
    private final Regularisation reg;
    private final List<String> stateNames;

    /** Binds the configuration of {@code b}; {@code stateNames} are the state slots in storage order. */
    protected RegularisedOptimizer(Optimizers.Bound b, List<String> stateNames) {
        config = b.config();
        lr = config.lr();
        reg = Regularisation.of(config);
        this.stateNames = List.copyOf(stateNames);
    }

    @Override
    public final OptimizerConfig config() {
        return config;
    }

    @Override
    public final List<String> stateNames() {
        return stateNames;
    }

    /** The gradient with the L2 penalty added: {@code g + l2·p}. */
    protected final double penalised(double g, double p) {
        return g + reg.l2() * p;
    }

    /** The parameter after decoupled decay and the step: {@code keep·p − step}. */
    protected final double decayed(double p, double step) {
        return reg.keep() * p - step;
    }
}
