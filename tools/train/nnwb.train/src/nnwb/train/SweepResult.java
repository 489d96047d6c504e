package nnwb.train;

import java.util.ArrayList;
import java.util.List;

import nnwb.compute.train.EpochMetrics;
import nnwb.core.data.Optimizer;

/**
 * The outcome of a sweep: every planned cell with its run, or the reason it has none (predicted not to fit,
 * failed, cancelled before it).
 *
 * @param plan    what was planned
 * @param entries one per cell, in plan order
 * @param cancelled whether the sweep was stopped early
 */
public record SweepResult(SweepPlan plan, List<Entry> entries, boolean cancelled) {

    /** A cell and what became of it: a result, or null with the reason. */
    public record Entry(SweepCell cell, RunResult result, String reason) {
    }

    public SweepResult {
        entries = List.copyOf(entries);
    }

    /** Statistics over the seeds of one (batch, optimizer) pair; {@code predictedBytes} is the prediction that decided fits (dl4j). */
    public record Group(int batch, Optimizer optimizer, int runs, double meanAccuracy, double minAccuracy,
            double maxAccuracy, double meanSecondsPerEpoch, long meanPeakBytes, long predictedBytes, boolean fits) {
    }

    /** One group per (batch, optimizer) with at least a planned cell, in plan order. */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (SweepCell c : plan.cells()) {
            if (out.stream().anyMatch(g -> g.batch() == c.batch() && g.optimizer() == c.optimizer())) {
                continue;
            }
            List<RunResult> rs = entries.stream().filter(e -> e.cell().batch() == c.batch() && e.cell().optimizer() == c.optimizer()
                    && e.result() != null && !e.result().epochs().isEmpty()).map(Entry::result).toList();
            double mean = rs.stream().mapToDouble(RunResult::valAccuracy).average().orElse(Double.NaN);
            double min = rs.stream().mapToDouble(RunResult::valAccuracy).min().orElse(Double.NaN);
            double max = rs.stream().mapToDouble(RunResult::valAccuracy).max().orElse(Double.NaN);
            double spe = rs.stream().mapToDouble(r -> r.epochs().stream().mapToDouble(EpochMetrics::seconds).average()
                    .orElse(Double.NaN)).average().orElse(Double.NaN);
            long peak = (long) rs.stream().mapToLong(RunResult::peakMemoryBytes).average().orElse(-1);
            out.add(new Group(c.batch(), c.optimizer(), rs.size(), mean, min, max, spe, peak, c.fitsBytes(), c.fits()));
        }
        return out;
    }

    /** The largest batch that ran to the end for every optimizer in the grid, or 0. */
    public int largestBatchThatRan() {
        int best = 0;
        for (SweepCell c : plan.cells()) {
            boolean all = entries.stream().filter(e -> e.cell().batch() == c.batch())
                    .allMatch(e -> e.result() != null && !e.result().cancelled());
            if (all) {
                best = Math.max(best, c.batch());
            }
        }
        return best;
    }
}
