package nnwb.compute.dl4j.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a training run's wall time went, by phase, in seconds: {@code build} (the DL4J configuration, the network's
 * initialisation, the layer setups), {@code firstStep} (the first training step alone: ND4J's first operations,
 * workspace creation, the JIT), {@code steps} (every training step, the first included: minibatch, forward,
 * backward, update), {@code evaluate} (training-accuracy and validation passes), {@code checkpoint} (the listener
 * saving the model after an epoch), {@code histograms} (the first layer's kernels and the parameter histograms after
 * an epoch, handed to the listener), {@code listeners} (the per-step and per-epoch callbacks), and as wall-clock
 * instants in milliseconds since 1970 {@code firstStepAt} (when the first step started) and {@code lastEpochAt} (when
 * the last epoch's metrics were known, before they were handed on). Two {@link System#nanoTime()} calls a phase: cheap
 * enough to be always on.
 */
final class PhaseTimes {

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    PhaseTimes() {
        for (String k : new String[] {"build", "firstStep", "steps", "evaluate", "checkpoint", "histograms", "listeners"}) {
            seconds.put(k, 0.0);
        }
    }

    /** Adds the time since {@code startNanos} to {@code phase}; returns now, to chain phases. */
    long add(String phase, long startNanos) {
        long now = System.nanoTime();
        seconds.merge(phase, (now - startNanos) / 1e9, Double::sum);
        return now;
    }

    /** Records the wall clock now as {@code instant} (ms since 1970). */
    void mark(String instant) {
        seconds.put(instant, (double) System.currentTimeMillis());
    }

    boolean has(String key) {
        return seconds.containsKey(key);
    }

    Map<String, Double> values() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
}
