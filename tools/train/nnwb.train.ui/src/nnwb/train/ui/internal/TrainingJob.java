package nnwb.train.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import nnwb.compute.ComputeService;
import nnwb.compute.train.IterationMetrics;
import nnwb.core.data.RunConfig;
import nnwb.train.ForwardingRunListener;
import nnwb.train.MemoryBudget;
import nnwb.train.PreparedRun;
import nnwb.train.RunListener;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;

/**
 * Trains one or more configurations one after another (an experiment's runs), reporting to the monitor, with
 * progress per step and Cancel. A run predicted to need more memory than the device has asks first. A failure
 * (bad model, out of memory, native error) ends that run with its reason in the monitor; the job goes on.
 */
public final class TrainingJob extends Job {

    private final Supplier<ComputeService> compute;
    private final WorkspaceRuns workspace;
    private final List<RunConfig> configs;
    private final MonitorModel model;
    private final Confirm confirm;
    private final Runnable runEnded;

    TrainingJob(String name, Supplier<ComputeService> compute, WorkspaceRuns workspace, List<RunConfig> configs,
            MonitorModel model, Confirm confirm, Runnable runEnded) {
        super(name);
        this.compute = compute;
        this.workspace = workspace;
        this.configs = List.copyOf(configs);
        this.model = model;
        this.confirm = confirm;
        this.runEnded = runEnded;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor pm) {
        ComputeService s = compute.get();
        if (s == null) {
            model.failed("The compute service is not installed (feature nnwb.compute.feature): nothing can train.");
            return Status.OK_STATUS;
        }
        pm.beginTask(getName(), configs.size() * 1000);
        try {
            for (RunConfig c : configs) {
                if (pm.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                runOne(s, c, pm);
                runEnded.run();
            }
            return pm.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } finally {
            pm.done();
        }
    }

    private void runOne(ComputeService s, RunConfig c, IProgressMonitor pm) {
        model.reset(c.name());
        pm.subTask("preparing " + c.name());
        try {
            TrainingRunner runner = new TrainingRunner(s, workspace.project().getLocation().toFile().toPath());
            PreparedRun p = runner.prepare(c);
            MemoryBudget budget = MemoryBudget.of(s);
            long predicted = p.prediction().total();
            if (!budget.fits(predicted) && !confirm.ask("Predicted memory exceeds the device", String.format(Locale.ROOT,
                    "The engine predicts %,d bytes for %s (batch %d, %s), more than %,d bytes (%s).%n%nStart it anyway?",
                    predicted, c.name(), c.batch(), c.optimizer().label(), budget.bytes(), budget.source()))) {
                model.failed(c.name() + " not started: predicted " + predicted + " B exceeds " + budget.bytes() + " B");
                return;
            }
            int steps = c.epochs() * ((p.dataset().train().size() + c.batch() - 1) / c.batch());
            RunListener progress = new Progress(model, pm, steps, c.epochs());
            RunResult r = runner.run(p, workspace.newRunFolder(c.name()), progress, pm::isCanceled);
            workspace.refresh();
            if (r.cancelled()) {
                model.status("cancelled: " + c.name());
            }
        } catch (Throwable t) { // NOPMD: a run's failure must never take the workbench down
            if (t instanceof VirtualMachineError v && !(t instanceof OutOfMemoryError)) {
                throw v;
            }
            model.failed(Failures.describe(c.name(), t));
        }
    }

    /** Passes everything to the monitor and advances the progress bar per step. */
    private static final class Progress extends ForwardingRunListener {

        private final IProgressMonitor pm;
        private final int steps;
        private final int epochs;
        private final StepProgress ticks;

        Progress(MonitorModel model, IProgressMonitor pm, int steps, int epochs) {
            super(model);
            this.pm = pm;
            this.steps = steps;
            this.epochs = epochs;
            this.ticks = new StepProgress(steps, 1000);
        }

        @Override
        public void iteration(IterationMetrics m) {
            super.iteration(m);
            int ticksNow = ticks.step();
            if (ticksNow > 0) {
                pm.worked(ticksNow);
            }
            pm.subTask(String.format(Locale.ROOT, "epoch %d/%d, step %d/%d, loss %.4f", m.epoch(), epochs, m.iteration(), steps,
                    m.loss()));
        }
    }
}
