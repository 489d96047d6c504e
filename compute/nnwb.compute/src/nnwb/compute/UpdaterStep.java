package nnwb.compute;

/**
 * The result of one optimizer step.
 *
 * @param parameters the parameters after the step
 * @param state      the updater's state after the step (iteration advanced by one)
 */
public record UpdaterStep(double[] parameters, UpdaterState state) {
}
