package nnwb.compute.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of a {@link GraphSpec} as the backend counts them, in total and per node (in node order; helper
 * layers the backend adds, e.g. explicit padding, are counted with their node). DL4J counts a batch norm's
 * running mean and variance as parameters, where the analysis engine (and PyTorch) count them as buffers: compare
 * this total with the engine's parameters plus buffers.
 */
public record ParameterCount(long total, Map<String, Long> perNode) {

    public ParameterCount {
        perNode = Collections.unmodifiableMap(new LinkedHashMap<>(perNode));
    }

    /** The count of node {@code name}, 0 when it has none. */
    public long of(String name) {
        return perNode.getOrDefault(name, 0L);
    }
}
