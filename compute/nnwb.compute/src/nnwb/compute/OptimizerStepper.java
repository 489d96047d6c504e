package nnwb.compute;

import java.util.List;

/**
 * One optimizer stepped by the backend inside a {@link TraceLoop}: parameters and state advance in place. Made on the
 * service's worker thread during {@link TraceLoop#run} and used there only; it keeps backend buffers between steps.
 */
public interface OptimizerStepper {

    /** Names of the state values kept per parameter, in storage order (the backend's: {@code v} for ND4J's Nesterovs). */
    List<String> stateNames();

    /**
     * One step.
     *
     * @param params parameters, changed in place (may hold several {@code rows×cols} trajectories back to back)
     * @param grad   the gradient at {@code params} (read only)
     * @param state  {@code stateNames().size()·params.length} values, slot {@code s} of parameter {@code i} at
     *               {@code s·params.length + i}; zeros before the first step; changed in place
     * @param t      the step number, 1 for the first step
     */
    void step(double[] params, double[] grad, double[] state, int t);
}
