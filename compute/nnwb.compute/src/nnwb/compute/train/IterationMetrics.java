package nnwb.compute.train;

/**
 * One training step.
 *
 * @param iteration         steps so far, from 1
 * @param epoch             the epoch it belongs to, from 1
 * @param loss              the minibatch's mean loss before the step
 * @param examples          examples trained on so far
 * @param seconds           wall time since training started
 * @param examplesPerSecond training throughput so far (evaluation time excluded)
 * @param backendBytes      ND4J memory (workspaces and arrays) after the step, above the start
 */
public record IterationMetrics(int iteration, int epoch, double loss, long examples, double seconds, double examplesPerSecond,
        long backendBytes) {
}
