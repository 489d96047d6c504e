package nnwb.core.optim.update;

import java.util.List;

/**
 * One optimizer, bound to its hyperparameters and to the matrix shape of the parameters, that
 * advances parameters and state in place. Arrays may hold several trajectories back to back (their
 * length a multiple of {@code rows·cols}): element-wise optimizers treat every entry alike and Muon
 * orthogonalises each {@code rows×cols} block on its own, so one call advances many trajectories.
 * Instances keep scratch buffers and are not thread-safe; create one per thread.
 */
public interface Optimizer {

    /** The configuration it was made from. */
    OptimizerConfig config();

    /** Names of the state values kept per parameter, in storage order (e.g. {@code m}, {@code v} for Adam). */
    List<String> stateNames();

    /** How many state values it stores per parameter (Adam 2, momentum 1, SGD 0). */
    default int stateSlots() {
        return stateNames().size();
    }

    /**
     * One step. Every optimizer first adds the L2 penalty to the gradient ({@code g + l2·p}), computes
     * its update {@code u} from that, and sets {@code p ← (1 − d)·p − lr·u}, where {@code d} is the
     * decoupled weight decay ({@code wd}, or {@code lr·wd} when {@code wd-lr} is on).
     *
     * @param params parameters, changed in place
     * @param grad   the gradient at {@code params} (read only)
     * @param state  {@code stateSlots()·params.length} values, slot {@code s} of parameter {@code i} at
     *               {@code s·params.length + i}; zeros before the first step; changed in place
     * @param t      the step number, 1 for the first step (used by bias correction)
     */
    void step(double[] params, double[] grad, double[] state, int t);
}
