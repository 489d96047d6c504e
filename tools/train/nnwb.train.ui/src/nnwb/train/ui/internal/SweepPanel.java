package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nnwb.compute.train.EpochMetrics;
import nnwb.core.data.Optimizer;
import nnwb.train.RunResult;
import nnwb.train.SweepCell;
import nnwb.train.SweepResult;
import nnwb.ui.chart.LineChart;

/**
 * A sweep: one table row per cell (cells predicted not to fit marked before anything runs), and plots against the
 * batch size per optimizer of the peak memory (measured, and predicted dashed), the time per epoch, the final
 * accuracy, plus accuracy against wall time with the band over seeds (mean solid, min and max dashed).
 */
public final class SweepPanel {

    public static final String[] COLUMNS = {"cell", "batch", "optimizer", "seed", "predicted B (dl4j)", "fits", "status", "peak B",
        "measured/predicted (dl4j)", "s/epoch", "val accuracy"};

    private final Composite root;
    private final Label summary;
    private final Table table;
    private final LineChart peak;
    private final LineChart time;
    private final LineChart accuracy;
    private final LineChart wall;
    private long shown = -1;

    SweepPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        summary = new Label(root, SWT.WRAP);
        summary.setText("No sweep yet: select a configuration and press Sweep…");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            nnwb.ui.parts.Columns.width(col, c.equals("cell") ? 130 : c.equals("status") ? 170 : c.length() < 6 ? 60 : 110);
        }
        Composite charts = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(charts);
        peak = chart(charts, "Peak memory (dashed: predicted)", "batch size", "MiB (2^20 bytes)");
        time = chart(charts, "Time per epoch vs batch", "batch size", "seconds");
        accuracy = chart(charts, "Final validation accuracy vs batch", "batch size", "fraction correct");
        wall = chart(charts, "Accuracy vs time (min, max dashed)", "wall time (s)", "fraction correct");
        sash.setWeights(22, 78);
    }

    private static LineChart chart(Composite parent, String title, String x, String y) {
        LineChart c = new LineChart(parent, title, x, y);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).applyTo(c.control());
        return c;
    }

    public Control control() {
        return root;
    }

    public Table table() {
        return table;
    }

    public List<LineChart> charts() {
        return List.of(peak, time, accuracy, wall);
    }

    public String summaryText() {
        return summary.getText();
    }

    public void update(SweepModel.State s) {
        if (s == null || s.version() == shown) {
            return;
        }
        shown = s.version();
        var plan = s.plan();
        SweepResult r = s.asResult();
        summary.setText(String.format(Locale.ROOT, "%s: %d cells; budget %,d B (%s); largest batch predicted to fit every"
                + " optimizer: %s; largest that ran: %s%s; %s", plan.base().name(), plan.cells().size(), plan.budget().bytes(),
                plan.budget().source(), plan.largestBatchThatFits() == 0 ? "none" : Integer.toString(plan.largestBatchThatFits()),
                r.largestBatchThatRan() == 0 ? "none yet" : Integer.toString(r.largestBatchThatRan()), s.done() ? "" : " (running)",
                plan.decidedBy()));
        table.setRedraw(false);
        table.removeAll();
        for (int i = 0; i < plan.cells().size(); i++) {
            SweepCell c = plan.cells().get(i);
            SweepResult.Entry e = s.entries().get(i);
            RunResult rr = e == null ? null : e.result();
            String status = !c.fits() ? "not run: does not fit" : i == s.running() ? "running" : e == null ? "waiting"
                    : rr != null ? (rr.cancelled() ? "cancelled" : "done") : e.reason();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {c.name(), Integer.toString(c.batch()), c.optimizer().label(), Long.toString(c.seed()),
                String.format(Locale.ROOT, "%,d", c.fitsBytes()), c.fits() ? "yes" : "NO", status,
                rr == null ? "" : String.format(Locale.ROOT, "%,d", rr.peakMemoryBytes()),
                rr == null ? "" : String.format(Locale.ROOT, "%.2f", (double) rr.peakMemoryBytes() / c.fitsBytes()),
                rr == null || rr.epochs().isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", secondsPerEpoch(rr)),
                rr == null || rr.epochs().isEmpty() ? "" : String.format(Locale.ROOT, "%.3f", rr.valAccuracy())});
            if (!c.fits()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        table.setRedraw(true);
        plots(r);
    }

    public static double secondsPerEpoch(RunResult r) {
        return r.epochs().stream().mapToDouble(EpochMetrics::seconds).average().orElse(Double.NaN);
    }

    private void plots(SweepResult r) {
        for (LineChart c : charts()) {
            c.clear();
        }
        List<Optimizer> opts = new ArrayList<>();
        for (SweepCell c : r.plan().cells()) {
            if (!opts.contains(c.optimizer())) {
                opts.add(c.optimizer());
            }
        }
        for (int k = 0; k < opts.size(); k++) {
            Optimizer o = opts.get(k);
            List<SweepResult.Group> gs = r.groups().stream().filter(g -> g.optimizer() == o).toList();
            double[] b = gs.stream().mapToDouble(SweepResult.Group::batch).toArray();
            double[] pred = gs.stream().mapToDouble(g -> Series.mib(g.predictedBytes())).toArray();
            peak.setSeries(o.label() + " predicted (dl4j)", b, pred, LineChart.Style.DASHED, k);
            List<SweepResult.Group> ran = gs.stream().filter(g -> g.runs() > 0).toList();
            if (!ran.isEmpty()) {
                double[] rb = ran.stream().mapToDouble(SweepResult.Group::batch).toArray();
                peak.setSeries(o.label() + " measured", rb, ran.stream().mapToDouble(g -> Series.mib(g.meanPeakBytes())).toArray(),
                        LineChart.Style.SOLID, k);
                time.setSeries(o.label(), rb, ran.stream().mapToDouble(SweepResult.Group::meanSecondsPerEpoch).toArray(),
                        LineChart.Style.SOLID, k);
                accuracy.setSeries(o.label(), rb, ran.stream().mapToDouble(SweepResult.Group::meanAccuracy).toArray(),
                        LineChart.Style.SOLID, k);
            }
        }
        int colour = 0;
        for (Map.Entry<String, List<RunResult>> g : byGroup(r).entrySet()) {
            double[][][] band = band(g.getValue());
            if (band == null) {
                continue;
            }
            wall.setSeries(g.getKey() + " mean", band[0][0], band[0][1], LineChart.Style.SOLID, colour);
            if (g.getValue().size() > 1) {
                wall.setSeries(g.getKey() + " min", band[1][0], band[1][1], LineChart.Style.DASHED, colour);
                wall.setSeries(g.getKey() + " max", band[2][0], band[2][1], LineChart.Style.DASHED, colour);
                hideInLegend(wall, g.getKey() + " min");
                hideInLegend(wall, g.getKey() + " max");
            }
            colour++;
        }
    }

    /** The band's edges share their mean's colour; the legend names only the mean. */
    private static void hideInLegend(LineChart c, String series) {
        var s = ((org.eclipse.swtchart.Chart) c.control()).getSeriesSet().getSeries(series);
        if (s != null) {
            s.setVisibleInLegend(false);
        }
    }

    /** Runs with at least one epoch, grouped by "b<batch> <optimizer>". */
    public static Map<String, List<RunResult>> byGroup(SweepResult r) {
        Map<String, List<RunResult>> m = new LinkedHashMap<>();
        for (SweepResult.Entry e : r.entries()) {
            if (e.result() != null && !e.result().epochs().isEmpty()) {
                m.computeIfAbsent("b" + e.cell().batch() + " " + e.cell().optimizer().label(), x -> new ArrayList<>()).add(e.result());
            }
        }
        return m;
    }

    /**
     * Over the seeds of a group, per epoch: mean wall time (x) and the mean, min and max validation accuracy, for as
     * many epochs as every run has. {mean, min, max} x {x, y}; null when no epoch is shared.
     */
    public static double[][][] band(List<RunResult> runs) {
        int n = runs.stream().mapToInt(x -> x.epochs().size()).min().orElse(0);
        if (n == 0) {
            return null;
        }
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        for (int e = 0; e < n; e++) {
            min[e] = Double.MAX_VALUE;
            max[e] = -Double.MAX_VALUE;
            for (RunResult r : runs) {
                EpochMetrics m = r.epochs().get(e);
                x[e] += m.wallSeconds() / runs.size();
                mean[e] += m.valAccuracy() / runs.size();
                min[e] = Math.min(min[e], m.valAccuracy());
                max[e] = Math.max(max[e], m.valAccuracy());
            }
        }
        return new double[][][] {{x, mean}, {x, min}, {x, max}};
    }
}
