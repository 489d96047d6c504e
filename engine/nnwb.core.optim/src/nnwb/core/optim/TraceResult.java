package nnwb.core.optim;

import java.util.List;
import java.util.Map;

/**
 * The traces of several optimizers on one problem with the settings they shared.
 *
 * @param settings what was run
 * @param traces   one per optimizer, in request order
 */
public record TraceResult(TraceSettings settings, List<Trace> traces) {

    public TraceResult {
        traces = List.copyOf(traces);
    }

    /** JSON-ready maps and lists (see {@link TraceJson}), every step included. */
    public Map<String, Object> toJson() {
        return TraceJson.of(this, 1);
    }
}
