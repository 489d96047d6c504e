package nnwb.train.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import nnwb.compute.ComputeService;
import nnwb.spark.launch.SparkLauncher;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.train.experiments.Experiment;
import nnwb.train.experiments.Experiments;

/**
 * The runner's controls: run configurations (workspace) and the coursework's experiments on the left with New, Edit,
 * Delete, Run, Sweep and Cancel; Monitor, Details, Sweep, Runs and Histograms tabs on the right. Jobs fill the
 * models; a timer redraws the tabs from them four times a second, so the UI thread never waits for training.
 */
public final class RunnerView {

    /** Redraw period of the monitor. */
    public static final int REFRESH_MS = 250;

    private final SashForm root;
    private final Tree tree;
    private final Label status;
    private final TabFolder tabs;
    private final MonitorPanel monitorPanel;
    private final DetailsPanel details;
    private final SweepPanel sweepPanel;
    private final OverlayPanel overlay;
    private final HistogramsTab histograms;
    private final MonitorModel monitor = new MonitorModel();
    private final SweepModel sweep = new SweepModel(monitor);
    private final Supplier<ComputeService> compute;
    private final Supplier<SparkLauncher> spark;
    private final WorkspaceRuns workspace;
    private volatile boolean runsChanged = true;
    private long monitorShown = -1;
    private long redraws;
    private Confirm confirm;
    private Job job;

    public RunnerView(Composite parent, Supplier<ComputeService> compute, Supplier<SparkLauncher> spark,
            WorkspaceRuns workspace, Consumer<nnwb.contracts.KernelSet> openKernels, Consumer<String> commands) {
        this.compute = compute;
        this.spark = spark;
        this.workspace = workspace;
        root = new SashForm(parent, SWT.HORIZONTAL);
        root.setData(RunnerView.class.getName(), this);
        Composite left = new Composite(root, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(left);
        tree = new Tree(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(220, 200).applyTo(tree);
        tree.addListener(SWT.DefaultSelection, e -> edit());
        button(left, "New…", this::create);
        button(left, "Edit…", this::edit);
        button(left, "Delete", this::delete);
        button(left, "Run", this::runSelected);
        button(left, "Sweep…", this::sweepSelected);
        button(left, "Cancel", this::cancel);
        button(left, "Import runs…", this::importRuns);
        status = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(220, SWT.DEFAULT).applyTo(status);
        // an experiment's question under the list: its title in the list is short
        tree.addListener(SWT.Selection, e -> explain((TreeItem) e.item));
        tabs = new TabFolder(root, SWT.TOP);
        monitorPanel = new MonitorPanel(tabs);
        tab("Monitor", monitorPanel.control());
        details = new DetailsPanel(tabs, openKernels);
        tab("Details", details.control());
        sweepPanel = new SweepPanel(tabs);
        tab("Sweep", sweepPanel.control());
        overlay = new OverlayPanel(tabs, this::runFolders, commands);
        tab("Runs", overlay.control());
        histograms = new HistogramsTab(tabs, monitor, this::runFolders);
        tab("Histograms", histograms.control());
        // the list's longest title (about 300 px with its indent) fits at 1366x768
        root.setWeights(30, 70);
        confirm = (title, question) -> {
            boolean[] yes = new boolean[1];
            Display d = root.getDisplay();
            d.syncExec(() -> yes[0] = !root.isDisposed() && MessageDialog.openQuestion(root.getShell(), title, question));
            return yes[0];
        };
        fillTree();
        tick();
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void tab(String name, Control c) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(c);
    }

    public Control control() {
        return root;
    }

    /** Redraws what changed, then again in {@link #REFRESH_MS}. */
    private void tick() {
        if (root.isDisposed()) {
            return;
        }
        long v = monitor.version();
        if (v != monitorShown) {
            monitorShown = v;
            MonitorModel.State s = monitor.state();
            monitorPanel.update(s);
            details.update(s);
            histograms.update();
            redraws++;
        }
        sweepPanel.update(sweep.state());
        if (runsChanged) {
            runsChanged = false;
            overlay.refresh();
            histograms.refreshRuns();
        }
        root.getDisplay().timerExec(REFRESH_MS, this::tick);
    }

    private void fillTree() {
        tree.removeAll();
        TreeItem configs = new TreeItem(tree, SWT.NONE);
        configs.setText(OpenedRun.CONFIGURATIONS);
        try {
            for (RunConfig c : workspace.configurations()) {
                TreeItem i = new TreeItem(configs, SWT.NONE);
                i.setText(c.name());
                i.setData(c);
            }
        } catch (CoreException e) {
            status.setText("cannot read the workspace: " + e.getMessage());
        }
        TreeItem ex = new TreeItem(tree, SWT.NONE);
        ex.setText("Coursework experiments");
        for (Experiment e : Experiments.all()) {
            TreeItem i = new TreeItem(ex, SWT.NONE);
            i.setText(e.title() + (e.isSweep() ? " (sweep)" : ""));
            i.setData(e);
            for (RunConfig c : e.runs()) {
                TreeItem r = new TreeItem(i, SWT.NONE);
                r.setText(c.name());
                r.setData(c);
            }
        }
        configs.setExpanded(true);
        ex.setExpanded(true);
    }

    /** The selected tree item's labels from the top level down (empty when none is selected). */
    public List<String> selectedPath() {
        List<String> path = new java.util.ArrayList<>();
        for (TreeItem i = tree.getSelectionCount() == 0 ? null : tree.getSelection()[0]; i != null; i = i.getParentItem()) {
            path.add(0, i.getText());
        }
        return path;
    }

    /** Opens a run configuration's text ({@link OpenedRun}) and selects it; a text that does not read is said in the status. */
    public void openConfiguration(String text) {
        try {
            OpenedRun r = OpenedRun.open(workspace, text);
            fillTree();
            selectPath(List.of(OpenedRun.CONFIGURATIONS, r.config().name()));
            status.setText(r.message());
        } catch (IllegalArgumentException | CoreException e) {
            status.setText("The run configuration cannot be opened: " + e.getMessage());
        }
    }

    /** The status line's text. */
    public String statusText() {
        return status.getText();
    }

    /** Selects the tree item with these labels from the top level down; returns whether it is there. */
    public boolean selectPath(List<String> path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            found = null;
            for (TreeItem i : level) {
                if (i.getText().equals(label)) {
                    found = i;
                    break;
                }
            }
            if (found == null) {
                return false;
            }
            level = found.getItems();
        }
        if (found != null) {
            tree.setSelection(found);
            tree.showItem(found);
            explain(found);
        }
        return found != null;
    }

    /** An experiment's question in the status under the buttons (its title in the list is short). */
    private void explain(TreeItem item) {
        if (item != null && item.getData() instanceof Experiment x) {
            status.setText(x.title() + ": " + x.question());
            status.getParent().layout(true, true);
        }
    }

    private Object selected() {
        TreeItem[] s = tree.getSelection();
        return s.length == 0 ? null : s[0].getData();
    }

    private void create() {
        RunConfigDialog d = new RunConfigDialog(root.getShell(), RunConfig.of("new run", "edge-cnn", "edges:per-class=20")
                .withLearningRate(0.01));
        if (d.open() == Window.OK && d.result() != null) {
            save(d.result());
        }
    }

    private void edit() {
        Object o = selected();
        RunConfig c = o instanceof RunConfig r ? r : o instanceof Experiment e && e.isSweep() ? e.sweepBase() : null;
        if (c == null) {
            status.setText("Select a configuration to edit (an experiment's run is copied to the workspace).");
            return;
        }
        RunConfigDialog d = new RunConfigDialog(root.getShell(), c);
        if (d.open() == Window.OK && d.result() != null) {
            save(d.result());
        }
    }

    /** Saves {@code c} in the workspace and lists it. */
    public void save(RunConfig c) {
        try {
            workspace.save(c);
            status.setText("saved " + c.name());
        } catch (CoreException e) {
            status.setText("cannot save " + c.name() + ": " + e.getMessage());
        }
        fillTree();
        select(c.name());
    }

    /** Selects the workspace configuration called {@code name} (after the tree is refilled the selection is gone). */
    private void select(String name) {
        for (TreeItem item : tree.getItem(0).getItems()) {
            if (item.getData() instanceof RunConfig r && r.name().equals(name)) {
                tree.setSelection(item);
                tree.showItem(item);
                return;
            }
        }
    }

    private void delete() {
        TreeItem parent = tree.getSelectionCount() == 0 ? null : tree.getSelection()[0].getParentItem();
        if (selected() instanceof RunConfig c && parent != null && parent == tree.getItem(0)) {
            try {
                workspace.delete(c);
            } catch (CoreException e) {
                status.setText("cannot delete: " + e.getMessage());
            }
            fillTree();
        } else {
            status.setText("Select a workspace configuration to delete.");
        }
    }

    private void runSelected() {
        Object o = selected();
        if (o instanceof RunConfig c) {
            run(List.of(c));
        } else if (o instanceof Experiment e && !e.isSweep()) {
            run(e.runs());
        } else if (o instanceof Experiment e) {
            sweep(e.sweepBase(), e.batches(), e.optimizers(), e.seeds(), null);
        } else {
            status.setText("Select a configuration or an experiment to run.");
        }
    }

    private void sweepSelected() {
        Object o = selected();
        RunConfig c = o instanceof RunConfig r ? r : o instanceof Experiment e && e.isSweep() ? e.sweepBase() : null;
        if (c == null) {
            status.setText("Select a configuration to sweep.");
            return;
        }
        SweepDialog d = new SweepDialog(root.getShell(), c.epochs());
        if (d.open() == Window.OK && d.grid() != null) {
            sweep(c, d.grid());
        }
    }

    /** Copies the run folders under a chosen folder (an exported sweep's runs, copied back) into the workspace. */
    private void importRuns() {
        org.eclipse.swt.widgets.DirectoryDialog d = new org.eclipse.swt.widgets.DirectoryDialog(root.getShell());
        d.setText("Import runs");
        d.setMessage("A folder holding run folders (each with run.nnrun), e.g. an exported sweep's runs folder");
        String dir = d.open();
        if (dir != null) {
            importRuns(java.nio.file.Path.of(dir));
        }
    }

    /** Imports the run folders under {@code dir}; the Runs tab lists them. Returns how many. */
    public int importRuns(java.nio.file.Path dir) {
        try {
            int n = workspace.importRuns(dir);
            runsChanged = true;
            status.setText(n == 0 ? "No run folder (with run.nnrun) under " + dir + "." : "Imported " + n + " runs from " + dir + ".");
            return n;
        } catch (CoreException | java.io.IOException e) {
            status.setText("Cannot import " + dir + ": " + e.getMessage());
            return 0;
        }
    }

    /** Trains the configurations one after another in a job; false when a job is running already. */
    public boolean run(List<RunConfig> configs) {
        if (busy()) {
            return false;
        }
        tabs.setSelection(0);
        schedule(new TrainingJob(configs.size() == 1 ? "Training " + configs.get(0).name() : "Training " + configs.size() + " runs",
                compute, workspace, configs, monitor, confirm, () -> runsChanged = true));
        return true;
    }

    /** Runs a sweep in a job; {@code budget} null means the device's; false when a job is running already. */
    public boolean sweep(RunConfig base, List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds, Long budget) {
        return sweep(base, new SweepDialog.Grid(batches, optimizers, seeds, budget, null, null));
    }

    /** Runs a sweep of {@code grid} in a job (here, on its Spark master, or exported); false when a job is running. */
    public boolean sweep(RunConfig base, SweepDialog.Grid grid) {
        if (busy()) {
            return false;
        }
        tabs.setSelection(2);
        schedule(new SweepJob(compute, spark, workspace, grid.apply(base), grid, sweep, monitor, () -> runsChanged = true));
        return true;
    }

    private boolean busy() {
        if (job != null && job.getState() != Job.NONE) {
            status.setText("A run is going on: wait for it or press Cancel.");
            return true;
        }
        return false;
    }

    private void schedule(Job j) {
        job = j;
        status.setText(j.getName());
        j.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                String ended = JobEnd.describe(j.getName(), event.getResult());
                root.getDisplay().asyncExec(() -> {
                    if (!status.isDisposed() && job == j) {
                        status.setText(ended);
                    }
                });
            }
        });
        j.schedule();
    }

    /** Cancels the running job (it stops within a training step). */
    public void cancel() {
        if (job != null) {
            job.cancel();
            status.setText("cancelling " + job.getName());
        }
    }

    private List<Path> runFolders() {
        try {
            return workspace.runFolders();
        } catch (CoreException e) {
            return new ArrayList<>();
        }
    }

    // for tests
    public Job job() {
        return job;
    }

    public void setConfirm(Confirm c) {
        confirm = c;
    }

    public MonitorModel monitor() {
        return monitor;
    }

    public WorkspaceRuns workspaceRuns() {
        return workspace;
    }

    public SweepModel sweepModel() {
        return sweep;
    }

    public MonitorPanel monitorPanel() {
        return monitorPanel;
    }

    public DetailsPanel details() {
        return details;
    }

    public SweepPanel sweepPanel() {
        return sweepPanel;
    }

    public OverlayPanel overlay() {
        return overlay;
    }

    public HistogramsTab histograms() {
        return histograms;
    }

    public TabFolder tabs() {
        return tabs;
    }

    public Tree tree() {
        return tree;
    }

    public long redraws() {
        return redraws;
    }
}
