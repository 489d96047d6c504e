package nnwb.train.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nnwb.compute.ComputeService;
import nnwb.spark.launch.SparkLauncher;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.train.MemoryBudget;
import nnwb.train.RunListener;
import nnwb.train.SweepCell;
import nnwb.train.SweepPlan;
import nnwb.train.SweepResult;
import nnwb.train.SweepRunner;
import nnwb.train.TrainingRunner;

/**
 * Plans a sweep (every cell's memory predicted, those that do not fit marked before anything runs), then runs the
 * cells one after another; each cell's run shows in the monitor, the grid in the Sweep tab. Cancel stops it.
 */
public final class SweepJob extends Job {

    private final Supplier<ComputeService> compute;
    private final Supplier<SparkLauncher> launcher;
    private final WorkspaceRuns workspace;
    private final RunConfig base;
    private final List<Integer> batches;
    private final List<Optimizer> optimizers;
    private final List<Long> seeds;
    private final Long budgetBytes;
    private final SweepModel sweep;
    private final MonitorModel monitor;
    private final Runnable ended;
    private final String spark;
    private final String export;

    SweepJob(Supplier<ComputeService> compute, WorkspaceRuns workspace, RunConfig base, List<Integer> batches,
            List<Optimizer> optimizers, List<Long> seeds, Long budgetBytes, SweepModel sweep, MonitorModel monitor,
            Runnable ended) {
        this(compute, () -> null, workspace, base, new SweepDialog.Grid(batches, optimizers, seeds, budgetBytes, null, null), sweep,
                monitor, ended);
    }

    /** A sweep of {@code grid}: here, on its Spark master, or exported. */
    SweepJob(Supplier<ComputeService> compute, Supplier<SparkLauncher> launcher, WorkspaceRuns workspace, RunConfig base,
            SweepDialog.Grid grid, SweepModel sweep, MonitorModel monitor, Runnable ended) {
        super("Sweep " + base.name());
        this.compute = compute;
        this.launcher = launcher;
        this.workspace = workspace;
        this.base = base;
        this.batches = grid.batches();
        this.optimizers = grid.optimizers();
        this.seeds = grid.seeds();
        this.budgetBytes = grid.budget();
        this.spark = grid.spark();
        this.export = grid.export();
        this.sweep = sweep;
        this.monitor = monitor;
        this.ended = ended;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor pm) {
        if (spark != null) {
            SparkLauncher l = launcher.get();
            if (l == null) {
                monitor.failed("The Spark launcher is not installed (bundle nnwb.spark.launch): nothing can run on Spark.");
                return Status.OK_STATUS;
            }
            return new SparkSweepRun(l, workspace, base, sweep, monitor, ended).run(batches, optimizers, seeds, budgetBytes,
                    spark, export, pm);
        }
        ComputeService s = compute.get();
        if (s == null) {
            monitor.failed("The compute service is not installed (feature nnwb.compute.feature): nothing can train.");
            return Status.OK_STATUS;
        }
        try {
            monitor.reset("sweep " + base.name());
            monitor.status("planning the sweep: predicting every cell's memory");
            TrainingRunner runner = new TrainingRunner(s, workspace.project().getLocation().toFile().toPath());
            MemoryBudget budget = budgetBytes != null ? new MemoryBudget(budgetBytes, "the budget set for this sweep")
                    : MemoryBudget.of(s);
            SweepPlan plan = SweepPlan.of(base, batches, optimizers, seeds, budget, runner);
            sweep.planned(plan);
            int total = plan.cells().size();
            pm.beginTask(getName(), total);
            SweepResult r = new SweepRunner(runner).run(plan, workspace.newRunFolder(base.name() + "-sweep"), new nnwb.train.SweepListener() {
                @Override
                public RunListener run(SweepCell cell, int index, int all) {
                    pm.subTask((index + 1) + "/" + all + ": " + cell.name());
                    return sweep.run(cell, index, all);
                }

                @Override
                public void ended(SweepResult.Entry entry, int index, int all) {
                    sweep.ended(entry, index, all);
                    pm.worked(1);
                    if (entry.result() == null && entry.reason() != null && entry.cell().fits()) {
                        monitor.failed(entry.cell().name() + ": " + entry.reason());
                    }
                    ended.run();
                }
            }, pm::isCanceled);
            workspace.refresh();
            monitor.status((r.cancelled() ? "sweep cancelled" : "sweep finished") + "; largest batch that fits: "
                    + plan.largestBatchThatFits());
            return pm.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (Throwable t) { // NOPMD: a failure ends the sweep with its reason, never the workbench
            if (t instanceof VirtualMachineError v && !(t instanceof OutOfMemoryError)) {
                throw v;
            }
            monitor.failed(Failures.describe("sweep " + base.name(), t));
            return Status.OK_STATUS;
        } finally {
            sweep.done();
            pm.done();
        }
    }
}
