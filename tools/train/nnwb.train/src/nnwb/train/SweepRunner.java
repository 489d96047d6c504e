package nnwb.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import nnwb.compute.ComputeException;

/**
 * Runs a {@link SweepPlan}'s cells one after another with a {@link TrainingRunner}. Cells predicted not to fit are
 * not run (their entry says so); a cell that fails (out of memory, a native error) is recorded with the reason and
 * the sweep goes on. Plain Java, like the runner.
 */
public final class SweepRunner {

    private final TrainingRunner runner;

    public SweepRunner(TrainingRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code plan}; each cell's folder is {@code folder/<cell name>} when {@code folder} is not null. */
    public SweepResult run(SweepPlan plan, Path folder, SweepListener listener, BooleanSupplier cancelled) {
        SweepListener l = listener == null ? SweepListener.NONE : listener;
        List<SweepResult.Entry> entries = new ArrayList<>();
        int total = plan.cells().size();
        boolean stopped = false;
        for (int i = 0; i < total; i++) {
            SweepCell c = plan.cells().get(i);
            SweepResult.Entry e;
            if (stopped || cancelled.getAsBoolean()) {
                stopped = true;
                e = new SweepResult.Entry(c, null, "cancelled before it ran");
            } else if (!c.fits()) {
                e = new SweepResult.Entry(c, null, "predicted " + c.fitsBytes() + " B (" + c.fitsConvention() + "), above the budget of "
                        + plan.budget().bytes() + " B (" + plan.budget().source() + "): not run");
            } else {
                try {
                    RunResult r = runner.run(c.run(), folder == null ? null : folder.resolve(c.name()), l.run(c, i, total),
                            cancelled);
                    e = new SweepResult.Entry(c, r, r.cancelled() ? "cancelled" : null);
                    stopped = r.cancelled();
                } catch (ComputeException | RunProblem ex) {
                    e = new SweepResult.Entry(c, null, ex.getMessage());
                }
            }
            entries.add(e);
            l.ended(e, i, total);
        }
        return new SweepResult(plan, entries, stopped);
    }
}
