package nnwb.core.cost;

/**
 * Theory for one layer: fans, the weight variance of its initialisation, the
 * second moment E[x²] of its output in the forward pass and of the gradient
 * with respect to its output in the backward pass (equal to the variances for
 * zero-mean values).
 */
public record VarianceRow(String name, String type, double fanIn, double fanOut, double weightVariance, double forward, double gradient) {
}
