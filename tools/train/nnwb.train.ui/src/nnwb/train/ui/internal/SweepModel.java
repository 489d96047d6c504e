package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.train.RunListener;
import nnwb.train.SweepCell;
import nnwb.train.SweepListener;
import nnwb.train.SweepPlan;
import nnwb.train.SweepResult;

/**
 * A sweep as the Sweep tab shows it: the plan (known before running, with the cells predicted not to fit), each
 * cell's entry as it ends, and the running cell's monitor. Filled by the sweep job, read by the UI. No SWT.
 */
public final class SweepModel implements SweepListener {

    /** A copy: the plan, entries so far (by plan index, null while not ended), the index running (-1 none). */
    public record State(long version, SweepPlan plan, List<SweepResult.Entry> entries, int running, boolean done) {

        /** The entries that ended, as a result for the statistics. */
        public SweepResult asResult() {
            List<SweepResult.Entry> ended = new ArrayList<>();
            for (SweepResult.Entry e : entries) {
                if (e != null) {
                    ended.add(e);
                }
            }
            return new SweepResult(plan, ended, false);
        }
    }

    private final MonitorModel monitor;
    private long version;
    private SweepPlan plan;
    private final List<SweepResult.Entry> entries = new ArrayList<>();
    private int running = -1;
    private boolean done;

    /** Each cell's run is shown in {@code monitor} while it runs. */
    public SweepModel(MonitorModel monitor) {
        this.monitor = monitor;
    }

    public synchronized void planned(SweepPlan p) {
        plan = p;
        entries.clear();
        for (int i = 0; i < p.cells().size(); i++) {
            entries.add(null);
        }
        running = -1;
        done = false;
        version++;
    }

    @Override
    public RunListener run(SweepCell cell, int index, int total) {
        synchronized (this) {
            running = index;
            version++;
        }
        monitor.reset(cell.run().config().name() + " (" + (index + 1) + "/" + total + ")");
        return monitor;
    }

    @Override
    public synchronized void ended(SweepResult.Entry entry, int index, int total) {
        entries.set(index, entry);
        running = -1;
        version++;
    }

    public synchronized void done() {
        done = true;
        running = -1;
        version++;
    }

    public synchronized State state() {
        return plan == null ? null : new State(version, plan, new ArrayList<>(entries), running, done);
    }

    public synchronized long version() {
        return version;
    }
}
