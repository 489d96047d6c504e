package nnwb.core.optim;

import java.util.Map;

/**
 * One recorded step of a trace: step 0 is the start, step t the point after t updates.
 *
 * @param step           the step index
 * @param params         the parameters
 * @param loss           the problem's loss there (without any L2 penalty)
 * @param state          the optimizer's state by name ({@code m}, {@code v}, ...), one value per parameter
 * @param closedForm     the closed-form parameters at this step, or null where there is none
 * @param closedFormLoss the loss at {@code closedForm}, NaN where there is none
 */
public record TraceStep(int step, double[] params, double loss, Map<String, double[]> state, double[] closedForm,
        double closedFormLoss) {

    /** Whether a closed form is recorded. */
    public boolean hasClosedForm() {
        return closedForm != null;
    }
}
