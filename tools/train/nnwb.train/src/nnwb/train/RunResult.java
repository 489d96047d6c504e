package nnwb.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nnwb.compute.train.EpochMetrics;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.RunConfig;

/**
 * What a run measured.
 *
 * @param config            the configuration
 * @param epochs            per-epoch metrics
 * @param cancelled         stopped early on request
 * @param peakMemoryBytes   the largest ND4J host memory of this run seen (its training thread's workspaces, its
 *                          parameters, gradients, updater state and minibatch; not other runs in the JVM), above the
 *                          level before the run (device memory on a GPU backend)
 * @param prediction        the engine's prediction for the model, batch and optimizer
 * @param examplesPerSecond training throughput
 * @param seconds           wall time
 * @param peakHeapBytes     the largest JVM heap in use seen while it ran
 * @param fixedBytes        measured after building: parameters, gradients and optimizer state
 * @param optimizerStateBytes the optimizer state as DL4J holds it
 * @param folder            the run folder, or null when none was written
 * @param notes             facts about how it ran
 * @param timings           where the wall time went, in seconds by phase, and instants (keys ending in {@code At},
 *                          milliseconds since 1970); {@link RunJson}'s {@code timings}
 */
public record RunResult(RunConfig config, List<EpochMetrics> epochs, boolean cancelled, long peakMemoryBytes,
        MemoryPrediction prediction, double examplesPerSecond, double seconds, long peakHeapBytes, long fixedBytes,
        long optimizerStateBytes, Path folder, List<String> notes, Map<String, Double> timings) {

    public RunResult {
        epochs = List.copyOf(epochs);
        notes = List.copyOf(notes);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    public EpochMetrics last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** Final validation accuracy, NaN without an epoch. */
    public double valAccuracy() {
        return epochs.isEmpty() ? Double.NaN : last().valAccuracy();
    }

    public double valLoss() {
        return epochs.isEmpty() ? Double.NaN : last().valLoss();
    }

    /** Measured / predicted peak memory. */
    public double memoryRatio() {
        return (double) peakMemoryBytes / prediction.total();
    }
}
