package nnwb.optim.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.closed.NqmTheory;
import nnwb.core.optim.problem.NoisyQuadratic;
import nnwb.ui.chart.LineChart;

/**
 * The right side of the Optimizer traces view: the settings caption over five tabs (trajectories, loss, state,
 * results, analysis). New traces mark every tab stale; a tab is drawn when it is chosen.
 */
public final class TracePlots {

    private static final int TABS = 5;

    private final Composite root;
    private final Label caption;
    private final TabFolder tabs;
    private final Composite trajectoryPage;
    private final Composite plotHolder;
    private final StepBar stepBar;
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
    private final boolean[] dirty = new boolean[TABS];
    private TraceRequest request;
    private TraceResult shown;
    private List<String> steppedBy;
    private double[] diff;
    private final Supplier<String> presetTitle;
    private final java.util.function.UnaryOperator<String> backendNote;

    /**
     * Builds the tabs; {@code action} runs an analysis button's action id; the results tab names the preset's title;
     * the analysis says how the compute service's backend writes each optimizer ({@code backendNote}, null: no note).
     */
    TracePlots(Composite parent, Consumer<String> action, Supplier<String> presetTitle,
            java.util.function.UnaryOperator<String> backendNote) {
        this.presetTitle = presetTitle;
        this.backendNote = backendNote;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(root);
        caption = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(caption);
        tabs = new TabFolder(root, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        trajectoryPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(trajectoryPage);
        plotHolder = new Composite(trajectoryPage, SWT.NONE);
        plotHolder.setLayout(trajectoryStack);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(plotHolder);
        contours = new ContourCanvas(plotHolder);
        stepBar = new StepBar(trajectoryPage, contours);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stepBar.control());
        stepBar.attachKeys(contours.control());
        paramPage = new Composite(plotHolder, SWT.NONE);
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
        analysis = new AnalysisPanel(tabs, action::accept);
        tab("Analysis", analysis.control());
        tabs.addListener(SWT.Selection, e -> drawSelected());
    }

    private void tab(String name, Control c) {
        TabItem it = new TabItem(tabs, SWT.NONE);
        it.setText(name);
        it.setControl(c);
    }

    Control control() {
        return root;
    }

    TabFolder tabs() {
        return tabs;
    }

    ContourCanvas contours() {
        return contours;
    }

    LineChart lossChart() {
        return lossChart;
    }

    LineChart stateChart() {
        return stateChart;
    }

    LineChart paramChart() {
        return paramChart;
    }

    ResultsTable results() {
        return results;
    }

    StepBar stepBar() {
        return stepBar;
    }

    AnalysisPanel analysis() {
        return analysis;
    }

    Label caption() {
        return caption;
    }

    /** The plot on the selected tab: the contours or the parameter chart on the trajectories tab, else the tab's page. */
    Control selectedPlot() {
        Control c = tabs.getItem(tabs.getSelectionIndex()).getControl();
        return c == trajectoryPage ? trajectoryStack.topControl : c;
    }

    /** Shows new traces: every tab is stale, the selected one is drawn now. */
    void show(TraceRequest req, TraceResult r, List<String> by, double[] differences) {
        shown = r;
        request = req;
        steppedBy = by;
        diff = differences;
        Arrays.fill(dirty, true);
        coordinates(paramCoord, r);
        coordinates(stateCoord, r);
        caption.setText(TraceText.settingsLine(req, who()));
        stepBar.show(req.problem(), r);
        drawSelected();
    }

    /** Paints the selected tab now (the view measures its drawing time). */
    void updateSelected() {
        tabs.getItem(tabs.getSelectionIndex()).getControl().update();
    }

    private String who() {
        return steppedBy == null ? "engine" : "ND4J (compute service)";
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
                if (request.problem().dimension() == 2) {
                    contours.setData(request.problem(), r);
                    trajectoryStack.topControl = contours.control();
                } else {
                    trajectoryStack.topControl = paramPage;
                    drawParams(r);
                }
                plotHolder.layout(true, true);
                trajectoryPage.layout(true, true);
            }
            case 1 -> drawLoss(r);
            case 2 -> drawState(r);
            case 3 -> results.show(r, steppedBy, diff,
                    TraceText.settingsLine(request, who()) + (presetTitle.get().isEmpty() ? "" : "\nPreset: " + presetTitle.get()));
            default -> analysis.show(Analyses.of(request, r, backendNote));
        }
    }

    private static void coordinates(Combo c, TraceResult r) {
        String[] items = r.settings().paramNames().toArray(String[]::new);
        if (!Arrays.equals(items, c.getItems())) {
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
            int n = TraceSeries.drawnLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            double[] lossY = TraceSeries.loss(t, log);
            lossChart.setSeries(name, x, TraceSeries.chart(lossY, idx), LineChart.Style.SOLID, i);
            markDivergence(lossChart, name, t, lossY, i);
            if (t.hasClosedForm()) {
                double[] cl = Arrays.copyOf(t.closedFormLossSeries(), n);
                if (log) {
                    for (int k = 0; k < n; k++) {
                        cl[k] = Math.max(cl[k], TraceSeries.LOG_FLOOR);
                    }
                }
                lossChart.setSeries(name + " (closed form)", x, TraceSeries.chart(cl, idx), LineChart.Style.DASHED, i);
            } else if (request.problem() instanceof NoisyQuadratic q && t.config().name().equals("sgd")
                    && t.config().number("l2") == 0 && t.config().number("wd") == 0 && request.noise() == 0) {
                NqmTheory th = NqmTheory.of(q);
                double[] ex = new double[n];
                for (int k = 0; k < n; k++) {
                    ex[k] = Math.max(th.expectedLoss(t.config().lr(), request.batch(), k, request.start()[0]), log ? TraceSeries.LOG_FLOOR : 0);
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
            int n = TraceSeries.drawnLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            double[] py = TraceSeries.param(t, pc);
            paramChart.setSeries(name, x, TraceSeries.chart(py, idx), LineChart.Style.SOLID, i);
            markDivergence(paramChart, name, t, py, i);
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
            int n = TraceSeries.drawnLength(t);
            int[] idx = TraceSeries.sample(n);
            double[] x = TraceSeries.chart(TraceSeries.steps(n), idx);
            List<String> states = t.stateNames();
            for (int k = 0; k < states.size(); k++) {
                stateChart.setSeries(name + " " + states.get(k), x, TraceSeries.chart(TraceSeries.state(t, states.get(k), sc), idx),
                        k == 0 ? LineChart.Style.SOLID : LineChart.Style.DASHED, i);
            }
        }
    }

    /** A diverged trace's last drawn point, as a dot whose legend entry says where it diverged. */
    private static void markDivergence(LineChart chart, String name, Trace t, double[] y, int color) {
        String label = TraceSeries.divergedLabel(t);
        if (label != null && y.length > 0) {
            int k = y.length - 1;
            chart.setSeries(name + " " + label, new double[] {k}, TraceSeries.chart(new double[] {y[k]}),
                    LineChart.Style.POINTS, color);
        }
    }

    /** Redraws after a coordinate or the log scale changed. */
    private void redraw() {
        if (shown != null) {
            dirty[0] = dirty[1] = dirty[2] = true;
            drawSelected();
        }
    }
}
