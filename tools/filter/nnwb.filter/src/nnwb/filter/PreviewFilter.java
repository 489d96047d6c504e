package nnwb.filter;

import nnwb.core.filter.Image;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.ReferenceFilter;

/**
 * The synchronous path the canvas takes while a kernel is being painted: the engine's plain-Java filtering, which
 * runs in the painting job itself instead of queueing behind the compute service's single worker (which a training
 * run may hold for seconds). When the stroke ends, the canvas filters once more on the compute service, and that
 * result is the one shown and explained. BENCHMARKS.md gives the figures for both paths.
 */
public final class PreviewFilter {

    private PreviewFilter() {
    }

    /** Filters every channel of {@code input} with a plan made for its size. */
    public static Image apply(FilterPlan plan, Image input) {
        return input.map(m -> ReferenceFilter.apply(plan, m));
    }
}
