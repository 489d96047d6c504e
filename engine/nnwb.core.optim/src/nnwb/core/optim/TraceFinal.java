package nnwb.core.optim;

/**
 * Where a trace ended.
 *
 * @param params            the last parameters
 * @param loss              the loss there
 * @param step              the last step recorded
 * @param diverged          whether the trace diverged: a loss or parameter became non-finite (the trace stops
 *                          there) or the loss grew past {@link Divergence}'s threshold
 * @param divergedAt        the first step where it diverged, -1 when it did not
 * @param distanceToMinNorm distance to the minimum-norm solution (least squares), NaN elsewhere
 * @param nullSpaceNorm     length of the parameters' component in the null space of X, NaN elsewhere
 * @param distanceToMinimum distance to the problem's known minimiser, NaN when none is known
 */
public record TraceFinal(double[] params, double loss, int step, boolean diverged, int divergedAt,
        double distanceToMinNorm, double nullSpaceNorm, double distanceToMinimum) {
}
