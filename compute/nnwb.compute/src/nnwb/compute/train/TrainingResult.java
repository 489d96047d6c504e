package nnwb.compute.train;

import java.util.List;
import java.util.Map;

import nnwb.compute.net.Network;

/**
 * What a training run produced. The caller owns {@link #network()} and closes it.
 *
 * @param epochs            one entry per completed epoch
 * @param cancelled         true when it stopped early because it was asked to
 * @param network           the trained network (also after a cancel), ready to predict and save
 * @param seconds           wall time of the whole run
 * @param examplesPerSecond training throughput over the run (evaluation excluded)
 * @param fixedBytes        ND4J arrays held after building the network and its updater, before the first step:
 *                          parameters, their gradient view and the updater state, above the start
 * @param peakBytes         the largest ND4J memory of this run (its training thread's workspaces and its own arrays
 *                          outside them: parameters, gradient view, updater state, minibatch) read at the fixed points
 *                          of every step (after the forward pass, backpropagation, the gradient and the update) and
 *                          after every evaluation batch, above the start; other runs in the JVM are not counted
 * @param peakWorkspaceBytes the largest workspace memory seen (activations and their gradients)
 * @param optimizerStateBytes the updater's state as DL4J holds it (its state view), exactly state values x 4 bytes
 * @param notes             facts about how it ran, e.g. the momentum caveat
 * @param peakParts         what made up {@code peakBytes}: bytes by workspace name, and the arrays outside workspaces
 *                          above the start (empty when not known)
 * @param timings           where the run's wall time went, by phase, in seconds (e.g. {@code build}, {@code steps},
 *                          {@code evaluate}, {@code checkpoint}), and instants in milliseconds since 1970 (keys ending
 *                          in {@code At}); in the order the backend measured them, empty when it does not say
 */
public record TrainingResult(List<EpochMetrics> epochs, boolean cancelled, Network network, double seconds,
        double examplesPerSecond, long fixedBytes, long peakBytes, long peakWorkspaceBytes, long optimizerStateBytes,
        List<String> notes, Map<String, Long> peakParts, Map<String, Double> timings) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
        notes = List.copyOf(notes);
        peakParts = Map.copyOf(peakParts);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    /** Without timings. */
    public TrainingResult(List<EpochMetrics> epochs, boolean cancelled, Network network, double seconds,
            double examplesPerSecond, long fixedBytes, long peakBytes, long peakWorkspaceBytes, long optimizerStateBytes,
            List<String> notes, Map<String, Long> peakParts) {
        this(epochs, cancelled, network, seconds, examplesPerSecond, fixedBytes, peakBytes, peakWorkspaceBytes,
                optimizerStateBytes, notes, peakParts, Map.of());
    }

    /** The last epoch, or null when none completed. */
    public EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
