package nnwb.optim.compute;

import java.util.List;

import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.TraceResult;

/**
 * Traces computed inside the compute service ({@link ComputeTraces#trace}).
 *
 * @param result    the traces, recorded exactly as the engine records its own (same problem, seeds, start,
 *                  closed forms); the state of ND4J updaters is ND4J's (e.g. Nesterov's velocity {@code v})
 * @param steppedBy for each optimizer, in request order, how it was stepped
 * @param nanos     time spent in the service's worker, backend start excluded
 */
public record BackendTrace(TraceResult result, List<UpdaterMatch> steppedBy, long nanos) {

    public BackendTrace {
        steppedBy = List.copyOf(steppedBy);
    }
}
