package nnwb.compute;

/**
 * How the compute service steps an optimizer's settings ({@link OptimizerSettings}).
 *
 * @param optimizer        the optimizer's name
 * @param route            ND4J's own updater, our update written on ND4J arrays, or the caller's own step
 * @param spec             the ND4J updater with its regularisation (route {@link Route#ND4J_UPDATER}, and
 *                         heavy-ball momentum on ND4J arrays); null otherwise
 * @param stepper          who steps it, in words (e.g. {@code ND4J Adam + WeightDecay})
 * @param reason           why this route, one sentence
 * @param rescaledEpsilon  ADAM/AMSGRAD only: ε is passed to ND4J as {@code ε·√(1−β₂ᵗ)} each step, which turns
 *                         ND4J's ε-on-uncorrected-√v form into PyTorch's ε-on-corrected-√v̂
 * @param initialState     the value ND4J's state starts from (ADAGRAD: the setting {@code init}), else 0
 */
public record UpdaterMatch(String optimizer, Route route, UpdaterSpec spec, String stepper, String reason,
        boolean rescaledEpsilon, double initialState) {

    /** Who computes the update. */
    public enum Route {
        /** One of ND4J's own updaters ({@code org.nd4j.linalg.learning.*Updater}). */
        ND4J_UPDATER,
        /** ND4J has no such updater: ours, written with ND4J array operations inside the service. */
        ND4J_ARRAYS,
        /**
         * ND4J cannot express this setting: the caller steps it with its own optimizer (the engine's), inside the
         * service's {@link TraceLoop}.
         */
        ENGINE
    }

    /** Whether ND4J (its updater or our arithmetic on its arrays) computes the update. */
    public boolean onNd4j() {
        return route != Route.ENGINE;
    }
}
