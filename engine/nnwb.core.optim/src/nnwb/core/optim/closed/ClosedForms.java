package nnwb.core.optim.closed;

import java.util.Optional;
import java.util.Set;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.QuadraticForm;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * Finds the closed form of a trace where one exists: any run with exact gradients (no batch noise,
 * no added noise) of SGD, momentum, EMA momentum or Nesterov on a quadratic problem
 * ({@link LinearClosedForm}), and of Adam, AdamW, RMSProp (no momentum, not centered), Adagrad or
 * SignSGD on a constant gradient without L2 or weight decay ({@link AdaptiveConstantClosedForm}); up to
 * {@value #MAX_DIMENSION} parameters.
 */
public final class ClosedForms {

    /** Largest dimension for which closed forms are evaluated (an eigendecomposition and O(d²) per step). */
    public static final int MAX_DIMENSION = 64;

    static final Set<String> LINEAR = Set.of("sgd", "momentum", "ema-momentum", "nesterov");
    static final Set<String> ADAPTIVE = Set.of("adam", "adamw", "rmsprop", "adagrad", "signsgd");

    private ClosedForms() {
    }

    /**
     * The closed form of {@code config} on {@code problem} from {@code start}, or empty when there is
     * none (a nonlinear problem or optimizer, or a noisy run: {@code batch > 0} on a stochastic
     * problem, or {@code noise > 0}).
     */
    public static Optional<ClosedForm> find(Problem problem, OptimizerConfig config, double[] start, int batch, double noise) {
        if (noise > 0 || (batch > 0 && problem.stochastic()) || problem.dimension() > MAX_DIMENSION) {
            return Optional.empty();
        }
        Optional<QuadraticForm> q = problem.quadraticForm();
        if (q.isEmpty()) {
            return Optional.empty();
        }
        String name = config.name();
        if (LINEAR.contains(name)) {
            return Optional.of(new LinearClosedForm(q.get(), config, start));
        }
        boolean plain = config.number("l2") == 0 && config.number("wd") == 0;
        boolean simpleRms = !name.equals("rmsprop") || (config.number("momentum") == 0 && !config.flag("centered"));
        if (ADAPTIVE.contains(name) && q.get().constantGradient() && plain && simpleRms) {
            double[] g = q.get().b().clone();
            for (int i = 0; i < g.length; i++) {
                g[i] = -g[i];
            }
            return Optional.of(new AdaptiveConstantClosedForm(config, g, start));
        }
        return Optional.empty();
    }
}
