package nnwb.optim.ui.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import nnwb.compute.BackendTrace;
import nnwb.compute.OptimizerSteps;
import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceCsv;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.update.CancellableOptimizer;
import nnwb.core.optim.update.OptimizerFactory;
import nnwb.optim.OptimPreset;
import nnwb.ui.chart.LineChart;

/**
 * The optimizer-trace view's controls and plots. Every edit re-traces with the engine at once (on the
 * UI thread while the work is small enough to stay under about 50 ms, in a job otherwise); when the
 * backend is ND4J, a job started {@value #ND4J_DELAY_MS} ms after the last edit (a slider released)
 * recomputes the traces inside the compute service with ND4J's own updaters and replaces them, with the
 * largest difference to the engine's shown per optimizer.
 */
public final class TraceView {

    /** Optimizer·step·parameter products traced on the UI thread; larger requests run in a job. */
    public static final long SYNC_WORK = 200_000;
    /** Quiet time after the last edit before ND4J recomputes. */
    public static final int ND4J_DELAY_MS = 400;
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
    private final ProblemForm problemForm;
    private final OptimizerPanel optimizerPanel;
    private final Combo backendCombo;
    private final Label status;
    private final Label caption;
    private final TabFolder tabs;
    private final Composite trajectoryPage;
    private final StackLayout trajectoryStack = new StackLayout();
    private final ContourCanvas contours;
    private final Composite paramPage;
    private final Combo paramCoord;
    private final LineChart paramChart;
    private final LineChart lossChart;
    private final Button logLoss;
    private final Combo stateCoord;
    private final LineChart stateChart;
    private final ResultsTable results;
    private final AnalysisPanel analysis;
    private Backend backend;
    private int generation;
    private TraceRequest request;
    private TraceResult engineResult;
    private TraceResult shown;
    private List<String> shownSteppedBy;
    private Job engineJob;
    private Job nd4jJob;
    private long lastComputeNanos;
    private long lastDrawNanos;
    private String lastNd4j = "";
    private TraceRequest shownRequest;
    private double[] shownDiff;
    private final boolean[] dirty = new boolean[5];

    public TraceView(Composite parent, Supplier<OptimizerSteps> compute) {
        this.compute = compute;
        root = new SashForm(parent, SWT.HORIZONTAL);
        ScrolledComposite scroll = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite left = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(left);
        scroll.setContent(left);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        problemForm = new ProblemForm(left, session, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problemForm.control());
        optimizerPanel = new OptimizerPanel(left, session, this::changed);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(optimizerPanel.control());
        Group run = new Group(left, SWT.NONE);
        run.setText("Compute and files");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(run);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(run);
        new Label(run, SWT.NONE).setText("Backend");
        backendCombo = new Combo(run, SWT.READ_ONLY);
        for (Backend b : Backend.values()) {
            backendCombo.add(b.label);
        }
        backend = compute.get() != null ? Backend.ND4J_ON_RELEASE : Backend.ENGINE_ONLY;
        backendCombo.select(backend.ordinal());
        backendCombo.setToolTipText("ND4J recomputes after the last edit; the engine (proven step-for-step equal in tests) draws while you drag");
        backendCombo.addListener(SWT.Selection, e -> {
            backend = Backend.values()[backendCombo.getSelectionIndex()];
            changed();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(backendCombo);
        Composite files = new Composite(run, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(files);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(files);
        fileButton(files, "Export CSV…", "the traces as CSV (one row per optimizer and step)", () -> save("*.csv", this::exportCsv));
        fileButton(files, "Export PNG…", "the plot on the current tab as a PNG image", () -> save("*.png", this::exportPng));
        fileButton(files, "Open preset…", "a problem with optimizers and settings (*.nnopt)", this::openPresetDialog);
        fileButton(files, "Save preset…", "this problem, these optimizers and settings as a preset", () -> save("*.nnopt", this::savePreset));
        status = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
        left.addListener(SWT.Resize, e -> scroll.setMinSize(left.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

        Composite right = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(right);
        caption = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(caption);
        tabs = new TabFolder(right, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        trajectoryPage = new Composite(tabs, SWT.NONE);
        trajectoryPage.setLayout(trajectoryStack);
        contours = new ContourCanvas(trajectoryPage);
        paramPage = new Composite(trajectoryPage, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(paramPage);
        new Label(paramPage, SWT.NONE).setText("parameter");
        paramCoord = new Combo(paramPage, SWT.READ_ONLY);
        paramCoord.addListener(SWT.Selection, e -> redraw());
        paramChart = new LineChart(paramPage, "Parameter against step (closed form dashed)", "step", "value");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(paramChart.control());
        tab("Trajectories", trajectoryPage);

        Composite lossPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lossPage);
        logLoss = new Button(lossPage, SWT.CHECK);
        logLoss.setText("log scale (losses below 1e-30 drawn at 1e-30)");
        logLoss.setSelection(true);
        logLoss.addListener(SWT.Selection, e -> redraw());
        lossChart = new LineChart(lossPage, "Loss against step (closed form dashed)", "step", "loss");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(lossChart.control());
        tab("Loss", lossPage);

        Composite statePage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(statePage);
        new Label(statePage, SWT.NONE).setText("parameter");
        stateCoord = new Combo(statePage, SWT.READ_ONLY);
        stateCoord.addListener(SWT.Selection, e -> redraw());
        stateChart = new LineChart(statePage, "Optimizer state against step (first slot solid, others dashed)", "step", "state");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(stateChart.control());
        tab("State", statePage);

        results = new ResultsTable(tabs);
        tab("Results", results.control());
        analysis = new AnalysisPanel(tabs, this::action);
        tab("Analysis", analysis.control());
        root.setWeights(30, 70);
        tabs.addListener(SWT.Selection, e -> drawSelected());
        changed();
    }

    private void tab(String name, Control c) {
        TabItem it = new TabItem(tabs, SWT.NONE);
        it.setText(name);
        it.setControl(c);
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
        return tabs;
    }

    public ContourCanvas contours() {
        return contours;
    }

    public LineChart lossChart() {
        return lossChart;
    }

    public LineChart stateChart() {
        return stateChart;
    }

    public LineChart paramChart() {
        return paramChart;
    }

    public ResultsTable results() {
        return results;
    }

    public AnalysisPanel analysis() {
        return analysis;
    }

    public Label status() {
        return status;
    }

    public Label caption() {
        return caption;
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
        return (engineJob != null && engineJob.getState() != Job.NONE) || (nd4jJob != null && nd4jJob.getState() != Job.NONE);
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
        generation++;
        int gen = generation;
        cancel(engineJob);
        cancel(nd4jJob);
        TraceRequest req;
        try {
            req = session.request();
            problemForm.clearErrors();
        } catch (IllegalArgumentException e) {
            problemForm.showError(e.getMessage());
            setStatus("Not traced: " + e.getMessage(), true);
            return;
        }
        request = req;
        long work = (long) req.steps() * req.optimizers().size() * Math.max(1, req.problem().dimension());
        if (work <= SYNC_WORK) {
            long t0 = System.nanoTime();
            TraceResult r = TraceRunner.run(req);
            lastComputeNanos = System.nanoTime() - t0;
            engineResult = r;
            show(req, r, null, null);
            setStatus(String.format("Engine: traced in %.1f ms and drawn in %.1f ms on the UI thread.", lastComputeNanos / 1e6,
                    lastDrawNanos / 1e6), false);
        } else {
            engineResult = null;
            setStatus("Engine: tracing " + req.steps() + " steps of " + req.optimizers().size() + " optimizers in the background…", false);
            engineJob = Job.create("Tracing optimizers with the engine", monitor -> {
                try {
                    long t0 = System.nanoTime();
                    TraceResult r = TraceRunner.run(req, cancellable(monitor::isCanceled), true);
                    long ns = System.nanoTime() - t0;
                    asyncIfCurrent(gen, () -> {
                        engineResult = r;
                        show(req, r, null, null);
                        setStatus(String.format("Engine: traced in %.0f ms in a job, drawn in %.1f ms.", ns / 1e6, lastDrawNanos / 1e6), false);
                        scheduleNd4j(req, gen);
                    });
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
            });
            engineJob.schedule();
            return;
        }
        scheduleNd4j(req, gen);
    }

    private void scheduleNd4j(TraceRequest req, int gen) {
        OptimizerSteps service = compute.get();
        if (backend != Backend.ND4J_ON_RELEASE) {
            return;
        }
        if (service == null) {
            lastNd4j = "ND4J: the compute service is not installed; the engine's traces are shown.";
            appendStatus(lastNd4j);
            return;
        }
        if ((long) req.steps() * req.optimizers().size() > ND4J_LIMIT) {
            lastNd4j = "ND4J: not recomputed above " + ND4J_LIMIT + " optimizer steps (about 0.1–0.4 ms each in the service); "
                    + "the engine's traces, proven step-for-step equal in tests, are shown.";
            appendStatus(lastNd4j);
            return;
        }
        nd4jJob = Job.create("Recomputing optimizer traces with ND4J", monitor -> {
            monitor.beginTask("ND4J updaters in the compute service", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
            try {
                BackendTrace bt = service.trace(req, monitor::isCanceled);
                asyncIfCurrent(gen, () -> showNd4j(req, bt));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                asyncIfCurrent(gen, () -> appendStatus("ND4J: " + e.getMessage() + "; the engine's traces are shown."));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        nd4jJob.setSystem(false);
        nd4jJob.schedule(ND4J_DELAY_MS);
    }

    private void showNd4j(TraceRequest req, BackendTrace bt) {
        TraceResult r = bt.result();
        double[] diff = new double[r.traces().size()];
        double worst = 0;
        for (int i = 0; i < diff.length; i++) {
            diff[i] = engineResult == null ? Double.NaN : maxDifference(engineResult.traces().get(i), r.traces().get(i));
            worst = Math.max(worst, Double.isNaN(diff[i]) ? 0 : diff[i]);
        }
        List<String> by = bt.steppedBy().stream().map(UpdaterMatch::stepper).toList();
        show(req, r, by, diff);
        lastNd4j = String.format("ND4J: recomputed in %.0f ms inside the compute service; largest difference to the engine %s.",
                bt.nanos() / 1e6, Contours.label(worst));
        setStatus(lastNd4j, false);
    }

    /** The largest difference of any parameter at any common step (∞ when one stopped where the other did not). */
    static double maxDifference(Trace a, Trace b) {
        int n = Math.min(TraceSeries.finiteLength(a), TraceSeries.finiteLength(b));
        double m = TraceSeries.finiteLength(a) == TraceSeries.finiteLength(b) ? 0 : Double.POSITIVE_INFINITY;
        for (int c = 0; c < a.dimension(); c++) {
            double[] x = a.paramSeries(c);
            double[] y = b.paramSeries(c);
            for (int i = 0; i < n; i++) {
                m = Math.max(m, Math.abs(x[i] - y[i]));
            }
        }
        return m;
    }

    private void asyncIfCurrent(int gen, Runnable r) {
        Display d = root.getDisplay();
        if (d.isDisposed()) {
            return;
        }
        d.asyncExec(() -> {
            if (gen == generation && !root.isDisposed()) {
                r.run();
            }
        });
    }

    private static void cancel(Job j) {
        if (j != null) {
            j.cancel();
        }
    }

    static OptimizerFactory cancellable(java.util.function.BooleanSupplier cancelled) {
        return CancellableOptimizer.factory(OptimizerFactory.ENGINE, cancelled, 1024);
    }

    // --- drawing

    private void show(TraceRequest req, TraceResult r, List<String> steppedBy, double[] diff) {
        long t0 = System.nanoTime();
        shown = r;
        shownRequest = req;
        shownSteppedBy = steppedBy;
        shownDiff = diff;
        java.util.Arrays.fill(dirty, true);
        coordinates(paramCoord, r);
        coordinates(stateCoord, r);
        caption.setText(settingsLine(req, steppedBy == null ? "engine" : "ND4J (compute service)"));
        drawSelected();
        root.getParent().layout(true, true);
        tabs.getItem(tabs.getSelectionIndex()).getControl().update();
        lastDrawNanos = System.nanoTime() - t0;
    }

    /** Draws the selected tab if the traces changed since it was last drawn (other tabs wait until chosen). */
    private void drawSelected() {
        int tab = tabs.getSelectionIndex();
        TraceResult r = shown;
        if (r == null || tab < 0 || !dirty[tab]) {
            return;
        }
        dirty[tab] = false;
        switch (tab) {
            case 0 -> {
                if (shownRequest.problem().dimension() == 2) {
                    contours.setData(shownRequest.problem(), r);
                    trajectoryStack.topControl = contours.control();
                } else {
                    trajectoryStack.topControl = paramPage;
                    drawParams(r);
                }
                trajectoryPage.layout(true, true);
            }
            case 1 -> drawLoss(r);
            case 2 -> drawState(r);
            case 3 -> results.show(r, shownSteppedBy, shownDiff,
                    settingsLine(shownRequest, shownSteppedBy == null ? "engine" : "ND4J (compute service)")
                            + (session.title().isEmpty() ? "" : "\nPreset: " + session.title()));
            default -> analysis.show(Analyses.of(shownRequest, r));
        }
    }

    private static void coordinates(Combo c, TraceResult r) {
        List<String> names = r.settings().paramNames();
        String[] items = names.toArray(String[]::new);
        if (!java.util.Arrays.equals(items, c.getItems())) {
            c.setItems(items);
            c.select(0);
        }
    }

    private void drawLoss(TraceResult r) {
        boolean log = logLoss.getSelection();
        lossChart.setLogY(false); // SWTChart lays the chart out again on every series added to a log axis
        lossChart.clear();
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            String name = TraceSeries.name(i, t.config());
            int n = TraceSeries.finiteLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            lossChart.setSeries(name, x, TraceSeries.chart(TraceSeries.loss(t, log), idx), LineChart.Style.SOLID, i);
            if (t.hasClosedForm()) {
                double[] cl = java.util.Arrays.copyOf(t.closedFormLossSeries(), n);
                if (log) {
                    for (int k = 0; k < n; k++) {
                        cl[k] = Math.max(cl[k], TraceSeries.LOG_FLOOR);
                    }
                }
                lossChart.setSeries(name + " (closed form)", x, TraceSeries.chart(cl, idx), LineChart.Style.DASHED, i);
            } else if (shownRequest.problem() instanceof nnwb.core.optim.problem.NoisyQuadratic q && t.config().name().equals("sgd")
                    && t.config().number("l2") == 0 && t.config().number("wd") == 0 && shownRequest.noise() == 0) {
                nnwb.core.optim.closed.NqmTheory th = nnwb.core.optim.closed.NqmTheory.of(q);
                double[] ex = new double[n];
                for (int k = 0; k < n; k++) {
                    ex[k] = Math.max(th.expectedLoss(t.config().lr(), shownRequest.batch(), k, shownRequest.start()[0]), log ? TraceSeries.LOG_FLOOR : 0);
                }
                lossChart.setSeries(name + " (expected, theory)", x, TraceSeries.chart(ex, idx), LineChart.Style.DASHED, i);
            }
        }
        lossChart.setLogY(log);
    }

    private void drawParams(TraceResult r) {
        paramChart.clear();
        int pc = Math.max(0, paramCoord.getSelectionIndex());
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            String name = TraceSeries.name(i, t.config());
            int n = TraceSeries.finiteLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            paramChart.setSeries(name, x, TraceSeries.chart(TraceSeries.param(t, pc), idx), LineChart.Style.SOLID, i);
            if (t.hasClosedForm()) {
                paramChart.setSeries(name + " (closed form)", x, TraceSeries.chart(t.closedFormSeries(pc), idx), LineChart.Style.DASHED, i);
            }
        }
    }

    private void drawState(TraceResult r) {
        stateChart.clear();
        int sc = Math.max(0, stateCoord.getSelectionIndex());
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            String name = TraceSeries.name(i, t.config());
            int n = TraceSeries.finiteLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            List<String> states = t.stateNames();
            for (int k = 0; k < states.size(); k++) {
                stateChart.setSeries(name + " " + states.get(k), x, TraceSeries.chart(TraceSeries.state(t, states.get(k), sc), idx),
                        k == 0 ? LineChart.Style.SOLID : LineChart.Style.DASHED, i);
            }
        }
    }

    /** Redraws after a coordinate or the log scale changed. */
    private void redraw() {
        if (shown != null) {
            dirty[0] = dirty[1] = dirty[2] = true;
            drawSelected();
        }
    }

    /** A problem's settings in one short line: long vectors and matrices are summarised. */
    public static String settingsText(java.util.Map<String, Object> settings) {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "{", "}");
        settings.forEach((k, v) -> j.add(k + "=" + value(v)));
        return j.toString();
    }

    private static String value(Object v) {
        if (v instanceof List<?> l) {
            if (!l.isEmpty() && l.get(0) instanceof List<?> row) {
                return l.size() * row.size() <= 12 ? l.stream().map(TraceView::value).toList().toString()
                        : l.size() + "×" + row.size() + " matrix";
            }
            if (l.size() > 6) {
                boolean zeros = l.stream().allMatch(x -> x instanceof Number nn && nn.doubleValue() == 0);
                return zeros ? "zeros(" + l.size() + ")" : "(" + l.size() + " values)";
            }
            return l.stream().map(TraceView::value).toList().toString();
        }
        return v instanceof Double d ? Contours.label(d) : String.valueOf(v);
    }

    static String settingsLine(TraceRequest req, String who) {
        var p = req.problem();
        return String.format("%s %s · %d steps · %s · seed %d · noise %s · start %s · %d optimizer(s) · computed by %s",
                p.name(), settingsText(p.settings()), req.steps(), req.batch() == 0 ? "exact gradient" : "batch " + req.batch(), req.seed(),
                Contours.label(req.noise()), Analyses.vec(req.start()), req.optimizers().size(), who);
    }

    private void setStatus(String s, boolean error) {
        status.setText(s);
        status.setForeground(root.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        status.getParent().layout(true, true);
    }

    private void appendStatus(String s) {
        if (!status.getText().contains(s)) {
            setStatus(status.getText() + " " + s, false);
        }
    }

    // --- actions, presets, exports

    private void action(String id) {
        try {
            String report = Analyses.apply(id, session);
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
            OptimPreset p = OptimPreset.looksLikeText(data) ? OptimPreset.parse(data) : OptimPreset.read(Path.of(data.strip()));
            session.load(p);
            reload();
            appendStatus("Opened preset" + (p.title().isEmpty() ? "" : " \"" + p.title() + "\"") + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            setStatus("Preset not opened: " + e.getMessage(), true);
            return false;
        }
    }

    private void openPresetDialog() {
        FileDialog f = new FileDialog(root.getShell(), SWT.OPEN);
        f.setFilterExtensions(new String[] {"*.nnopt", "*.*"});
        String path = f.open();
        if (path != null) {
            openPreset(path);
        }
    }

    private interface Writer {
        void write(File f) throws IOException;
    }

    private void save(String extension, Writer w) {
        FileDialog f = new FileDialog(root.getShell(), SWT.SAVE);
        f.setFilterExtensions(new String[] {extension});
        f.setOverwrite(true);
        String path = f.open();
        if (path != null) {
            try {
                w.write(new File(path));
                appendStatus("Saved " + path + ".");
            } catch (IOException | RuntimeException e) {
                setStatus("Not saved: " + e.getMessage(), true);
            }
        }
    }

    public void savePreset(File f) throws IOException {
        Files.writeString(f.toPath(), session.toPreset().format(), StandardCharsets.UTF_8);
    }

    public void exportCsv(File f) throws IOException {
        if (shown == null) {
            throw new IOException("nothing traced yet");
        }
        Files.writeString(f.toPath(), TraceCsv.of(shown), StandardCharsets.UTF_8);
    }

    /** The plot on the selected tab as a PNG (the trajectories are repainted into the image; charts are printed). */
    public void exportPng(File f) throws IOException {
        Control c = tabs.getItem(tabs.getSelectionIndex()).getControl();
        if (c == trajectoryPage) {
            c = trajectoryStack.topControl;
        }
        Point s = c.getSize();
        if (s.x <= 0 || s.y <= 0) {
            throw new IOException("the plot has no size yet");
        }
        Image img = new Image(c.getDisplay(), s.x, s.y);
        GC gc = new GC(img);
        try {
            if (c == contours.control()) {
                contours.paint(gc, s.x, s.y);
            } else {
                c.print(gc);
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {img.getImageData()};
            loader.save(f.getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    /** Stops running jobs (the part is closing). */
    public void dispose() {
        generation++;
        cancel(engineJob);
        cancel(nd4jJob);
    }
}
