package nnwb.core.filter.grad;

/**
 * One point of the dW spread experiment.
 *
 * @param n         image side
 * @param k         kernel side
 * @param predicted the derived standard deviation {@code (n-k+1) sigma_x sigma_g}
 * @param measured  the sample standard deviation over all taps and trials
 * @param mean      the sample mean over all taps and trials
 * @param samples   how many dW entries were measured
 */
public record SpreadPoint(int n, int k, double predicted, double measured, double mean, long samples) {
}
