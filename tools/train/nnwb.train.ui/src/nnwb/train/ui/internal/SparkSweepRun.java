package nnwb.train.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.spark.launch.SparkLauncher;
import nnwb.train.MemoryBudget;
import nnwb.train.SparkSweep;
import nnwb.train.SweepPlan;
import nnwb.train.TrainingRunner;

/**
 * A sweep's cells on a Spark cluster, from the Training runner: the plan is made here (every cell's memory predicted,
 * no ND4J needed), the cells train as Spark tasks through {@link SparkSweep} into a new folder of the workspace's
 * runs, which the Runs tab then lists; or the submission is exported. Spark's output lines show in the monitor.
 */
final class SparkSweepRun {

    private final SparkSweep launch;
    private final WorkspaceRuns workspace;
    private final RunConfig base;
    private final SweepModel sweep;
    private final MonitorModel monitor;
    private final Runnable ended;

    SparkSweepRun(SparkLauncher launcher, WorkspaceRuns workspace, RunConfig base, SweepModel sweep, MonitorModel monitor,
            Runnable ended) {
        this.launch = new SparkSweep(launcher);
        this.workspace = workspace;
        this.base = base;
        this.sweep = sweep;
        this.monitor = monitor;
        this.ended = ended;
    }

    IStatus run(List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds, Long budgetBytes, String master,
            String export, IProgressMonitor pm) {
        try {
            monitor.reset("sweep " + base.name() + " on Spark");
            Path project = workspace.project().getLocation().toFile().toPath();
            MemoryBudget budget = budgetBytes != null ? new MemoryBudget(budgetBytes, "the budget set for this sweep")
                    : new MemoryBudget(Long.MAX_VALUE, "the cluster's executors, sized from each cell's prediction");
            SweepPlan plan = SweepPlan.of(base, batches, optimizers, seeds, budget, new TrainingRunner(null, project));
            sweep.planned(plan);
            if (export != null) {
                Path script = launch.export(plan, project, master, Path.of(export), System.getenv());
                monitor.status("exported to " + script.getParent() + ": run " + script.getFileName()
                        + " on the cluster, then Import runs… its runs folder");
                return Status.OK_STATUS;
            }
            Path folder = workspace.newRunFolder(base.name() + "-spark");
            pm.beginTask("Sweep " + base.name() + " on " + master, IProgressMonitor.UNKNOWN);
            launch.run(plan, project, master, folder, System.getenv(), line -> pm.subTask(line), pm::isCanceled);
            long trained = SparkSweep.read(plan, folder).stream().filter(i -> i.run() != null).count();
            workspace.refresh();
            ended.run();
            monitor.status(trained + " of " + plan.cells().size() + " cells trained on Spark (" + master
                    + "); their runs are in the Runs tab");
            return pm.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (Exception e) { // a failure ends the sweep with its reason, never the workbench
            monitor.failed(Failures.describe("sweep " + base.name() + " on Spark", e));
            return Status.OK_STATUS;
        } finally {
            sweep.done();
            pm.done();
        }
    }
}
