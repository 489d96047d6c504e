package nnwb.optim.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;

import nnwb.compute.OptimizerSteps;
import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.optim.OptimPreset;
import nnwb.optim.compute.BackendTrace;
import nnwb.ui.chart.LineChart;

/**
 * The optimizer-trace view: the problem and optimizer forms on the left, the {@link TracePlots} on the right.
 * Every edit re-traces with the engine at once (on the UI thread while the work is small enough to stay under
 * about 50 ms, in a job otherwise); when the backend is ND4J, a job started {@value TraceJobs#ND4J_DELAY_MS} ms
 * after the last edit (a slider released) recomputes the traces inside the compute service with ND4J's own
 * updaters and replaces them, with the largest difference to the engine's shown per optimizer.
 */
public final class TraceView {

    /** Optimizer·step·parameter products traced on the UI thread; larger requests run in a job. */
    public static final long SYNC_WORK = 200_000;
    /** Largest optimizer·steps product ND4J recomputes (about 0.1-0.4 ms per optimizer step; see BENCHMARKS.md). */
    public static final long ND4J_LIMIT = 100_000;

    /** Who computes the traces shown. */
    public enum Backend {
        ND4J_ON_RELEASE("ND4J's updaters (engine while editing)"), ENGINE_ONLY("engine only");

        final String label;

        Backend(String label) {
            this.label = label;
        }
    }

    private final OptimSession session = new OptimSession();
    private final Supplier<OptimizerSteps> compute;
    private final SashForm root;
    private final ScrolledComposite scroll;
    private final Composite left;
    private final ProblemForm problemForm;
    private final OptimizerPanel optimizerPanel;
    private final Combo backendCombo;
    private final Label status;
    private final TracePlots plots;
    private final TraceJobs jobs;
    private Backend backend;
    private TraceResult engineResult;
    private TraceResult shown;
    private List<String> shownSteppedBy;
    private long lastComputeNanos;
    private long lastDrawNanos;
    private Runnable onChange = () -> { };

    /** Builds the view; its file buttons run {@link OptimCommands} through {@code commands}. */
    public TraceView(Composite parent, Supplier<OptimizerSteps> compute, Consumer<String> commands) {
        this.compute = compute;
        root = new SashForm(parent, SWT.HORIZONTAL);
        scroll = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        left = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(left);
        scroll.setContent(left);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        // the column keeps its own height and scrolls (issue 24: groups cut at the part's bottom)
        scroll.addListener(SWT.Resize, e -> fitColumn());
        problemForm = new ProblemForm(left, session, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemForm.control());
        optimizerPanel = new OptimizerPanel(left, session, compute, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(optimizerPanel.control());
        Group run = new Group(left, SWT.NONE);
        run.setText("Compute and files");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(run);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(run);
        Label backendLabel = new Label(run, SWT.NONE);
        backendLabel.setText("Backend");
        // on the label: a combo's tooltip covers the list it opens
        backendLabel.setToolTipText("ND4J recomputes after the last edit; the engine (proven step-for-step equal in tests) draws while you drag");
        backendCombo = new Combo(run, SWT.READ_ONLY);
        for (Backend b : Backend.values()) {
            backendCombo.add(b.label);
        }
        backend = compute.get() != null ? Backend.ND4J_ON_RELEASE : Backend.ENGINE_ONLY;
        backendCombo.select(backend.ordinal());
        backendCombo.addListener(SWT.Selection, e -> {
            backend = Backend.values()[backendCombo.getSelectionIndex()];
            changed();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(backendCombo);
        Composite files = new Composite(run, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(files);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(files);
        fileButton(files, "Export CSV…", "the traces as CSV (one row per optimizer and step)", () -> commands.accept(OptimCommands.EXPORT_CSV));
        fileButton(files, "Export PNG…", "the plot on the current tab as a PNG image", () -> commands.accept(OptimCommands.EXPORT_PNG));
        fileButton(files, "Open preset…", "a problem with optimizers and settings (*.nnopt)", () -> commands.accept(OptimCommands.OPEN_PRESET));
        fileButton(files, "Save preset…", "this problem, these optimizers and settings as a preset", () -> commands.accept(OptimCommands.SAVE_PRESET));
        status = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
        left.addListener(SWT.Resize, e -> fitColumn());

        plots = new TracePlots(root, this::action, session::title, this::backendNote);
        jobs = new TraceJobs(root);
        ContourInput.toStartField(plots.contours(), problemForm, () -> retrace(true));
        // the settings column: its optimizer table and backend combo need about 360 px (1366x768: 34% of 1140)
        root.setWeights(34, 66);
        changed();
    }

    /** How the compute service's backend writes {@code optimizer}; null where the service is not installed. */
    private String backendNote(String optimizer) {
        OptimizerSteps service = compute.get();
        return service == null ? null : service.backendNote(optimizer);
    }

    private void fileButton(Composite parent, String text, String tip, Runnable r) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        b.addListener(SWT.Selection, e -> r.run());
    }

    public Control control() {
        return root;
    }

    // --- what tests and the part reach

    public OptimSession session() {
        return session;
    }

    public ProblemForm problemForm() {
        return problemForm;
    }

    public OptimizerPanel optimizerPanel() {
        return optimizerPanel;
    }

    public TabFolder tabs() {
        return plots.tabs();
    }

    public ContourCanvas contours() {
        return plots.contours();
    }

    public LineChart lossChart() {
        return plots.lossChart();
    }

    public LineChart stateChart() {
        return plots.stateChart();
    }

    public LineChart paramChart() {
        return plots.paramChart();
    }

    public ResultsTable results() {
        return plots.results();
    }

    public StepBar stepBar() {
        return plots.stepBar();
    }

    public AnalysisPanel analysis() {
        return plots.analysis();
    }

    public Label status() {
        return status;
    }

    public Label caption() {
        return plots.caption();
    }

    /** The traces on screen. */
    public TraceResult shown() {
        return shown;
    }

    /** The engine's traces of the current request. */
    public TraceResult engineResult() {
        return engineResult;
    }

    /** Who stepped each shown trace, or null for the engine. */
    public List<String> shownSteppedBy() {
        return shownSteppedBy;
    }

    /** The backend in use. */
    public Backend backend() {
        return backend;
    }

    public void setBackend(Backend b) {
        backend = b;
        backendCombo.select(b.ordinal());
        changed();
    }

    /** Nanoseconds of the last engine trace on the UI thread, and of drawing it. */
    public long[] lastTimings() {
        return new long[] {lastComputeNanos, lastDrawNanos};
    }
    /** Whether a job (engine or ND4J) is still scheduled or running. */
    public boolean busy() {
        return jobs.busy();
    }

    /** Re-reads the session into the forms (after a preset or an action) and re-traces. */
    public void reload() {
        problemForm.refresh();
        optimizerPanel.refresh();
        optimizerPanel.select(0);
        changed();
    }

    // --- recomputation

    /** Re-traces after an edit: the engine at once, ND4J after a quiet moment. */
    public void changed() {
        retrace(false);
    }

    /** Re-traces; {@code inJob} in a job (a start dragged on the plot, put into the start field: the last drag wins). */
    private void retrace(boolean inJob) {
        onChange.run();
        int gen = jobs.next();
        TraceRequest req;
        try {
            req = session.request();
            problemForm.clearErrors();
            optimizerPanel.showLimit(req.problem());
        } catch (IllegalArgumentException e) {
            optimizerPanel.showLimit(null);
            problemForm.showError(e.getMessage());
            setStatus("Not traced: " + e.getMessage(), true);
            return;
        }
        long work = (long) req.steps() * req.optimizers().size() * Math.max(1, req.problem().dimension());
        if (!inJob && work <= SYNC_WORK) {
            long t0 = System.nanoTime();
            TraceResult r = TraceRunner.run(req);
            lastComputeNanos = System.nanoTime() - t0;
            engineResult = r;
            show(req, r, null, null);
            setStatus(String.format("Engine: traced in %.1f ms and drawn in %.1f ms on the UI thread.", lastComputeNanos / 1e6,
                    lastDrawNanos / 1e6), false);
            scheduleNd4j(req, gen);
        } else {
            engineResult = null;
            setStatus("Engine: tracing " + req.steps() + " steps of " + req.optimizers().size() + " optimizers in the background…", false);
            jobs.engine(req, gen, inJob ? TraceJobs.DRAG_DELAY_MS : 0, (r, ns) -> {
                engineResult = r;
                show(req, r, null, null);
                setStatus(String.format("Engine: traced in %.0f ms in a job, drawn in %.1f ms.", ns / 1e6, lastDrawNanos / 1e6), false);
                scheduleNd4j(req, gen);
            });
        }
    }

    private void scheduleNd4j(TraceRequest req, int gen) {
        OptimizerSteps service = compute.get();
        if (backend != Backend.ND4J_ON_RELEASE) {
            return;
        }
        if (service == null) {
            appendStatus("ND4J: the compute service is not installed; the engine's traces are shown.");
            return;
        }
        if ((long) req.steps() * req.optimizers().size() > ND4J_LIMIT) {
            appendStatus("ND4J: not recomputed above " + ND4J_LIMIT + " optimizer steps (about 0.1–0.4 ms each in the service); "
                    + "the engine's traces, proven step-for-step equal in tests, are shown.");
            return;
        }
        jobs.nd4j(service, req, gen, bt -> showNd4j(req, bt), message -> appendStatus("ND4J: " + message + "; the engine's traces are shown."));
    }

    private void showNd4j(TraceRequest req, BackendTrace bt) {
        TraceResult r = bt.result();
        double[] diff = new double[r.traces().size()];
        double worst = 0;
        for (int i = 0; i < diff.length; i++) {
            diff[i] = engineResult == null ? Double.NaN : TraceSeries.maxDifference(engineResult.traces().get(i), r.traces().get(i));
            worst = Math.max(worst, Double.isNaN(diff[i]) ? 0 : diff[i]);
        }
        List<String> by = bt.steppedBy().stream().map(UpdaterMatch::stepper).toList();
        show(req, r, by, diff);
        setStatus(String.format("ND4J: recomputed in %.0f ms inside the compute service; largest difference to the engine %s.",
                bt.nanos() / 1e6, Contours.label(worst)), false);
    }

    private void show(TraceRequest req, TraceResult r, List<String> steppedBy, double[] diff) {
        long t0 = System.nanoTime();
        shown = r;
        shownSteppedBy = steppedBy;
        plots.show(req, r, steppedBy, diff);
        root.getParent().layout(true, true);
        plots.updateSelected();
        lastDrawNanos = System.nanoTime() - t0;
    }

    private void setStatus(String s, boolean error) {
        status.setText(s);
        status.setForeground(root.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        fitColumn();
        status.getParent().layout(true, true);
    }

    /**
     * The settings column's scrolled size: its preferred width or the column's, whichever is wider, and the height
     * its wrapped labels (the status) need at that width, so that a longer status grows the column instead of
     * reaching past its bottom.
     */
    private void fitColumn() {
        int width = Math.max(scroll.getClientArea().width, left.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        org.eclipse.swt.graphics.Point min = new org.eclipse.swt.graphics.Point(width, left.computeSize(width, SWT.DEFAULT).y);
        if (!min.equals(new org.eclipse.swt.graphics.Point(scroll.getMinWidth(), scroll.getMinHeight()))) {
            scroll.setMinSize(min);
        }
    }

    private void appendStatus(String s) {
        if (!status.getText().contains(s)) {
            setStatus(status.getText() + " " + s, false);
        }
    }

    // --- actions, presets, exports

    private void action(String id) {
        try {
            String report = AnalysisActions.apply(id, session);
            optimizerPanel.refresh();
            changed();
            appendStatus("Set " + report + ".");
        } catch (RuntimeException e) {
            setStatus(e.getMessage(), true);
        }
    }

    /** Runs an analysis button's action (tests). */
    public void runAction(String id) {
        action(id);
    }

    /** Opens a preset given as text or as a path ({@link nnwb.contracts.Topics#OPTIM_OPEN_PRESET}); reports errors in the status line. */
    public boolean openPreset(String data) {
        try {
            OptimPreset p = TraceFiles.readPreset(data);
            session.load(p);
            reload();
            appendStatus("Opened preset" + (p.title().isEmpty() ? "" : " \"" + p.title() + "\"") + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            setStatus("Preset not opened: " + e.getMessage(), true);
            return false;
        }
    }

    /** Writes {@code file} with {@code writer} and says so in the status line ("Saved …" or "Not saved: why"). */
    public void write(Path file, TraceFiles.Writer writer) {
        try {
            writer.write(file);
            appendStatus("Saved " + file + ".");
        } catch (IOException | RuntimeException e) {
            setStatus("Not saved: " + e.getMessage(), true);
        }
    }

    /** The plot on the selected tab (what Export PNG… writes). */
    public Control selectedPlot() {
        return plots.selectedPlot();
    }

    /** Runs {@code r} whenever the problem, an optimizer or a setting changes (the part keeps its state). */
    public void onChange(Runnable r) {
        onChange = r;
    }

    /** Shows a saved session (the part's state at the last start), without a status line. */
    public void restore(OptimPreset p) {
        session.load(p);
        reload();
    }

    /** Stops running jobs (the part is closing). */
    public void dispose() {
        jobs.next();
    }
}
