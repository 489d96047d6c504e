package nnwb.train.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.memory.Dl4jConvention;
import nnwb.core.memory.PyTorchConvention;
import nnwb.train.MemorySample;
import nnwb.ui.chart.LineChart;

/**
 * The live monitor: loss and accuracy (training per step and per epoch, validation per epoch) against iteration or
 * wall time, memory by category against the engine's prediction with the gap labelled, and examples per second.
 */
public final class MonitorPanel {

    private final Composite root;
    private final Label status;
    private final Label progress;
    private final Label gap;
    private final Combo xAxis;
    private final Scale smoothing;
    private final Label smoothingValue;
    private final LineChart loss;
    private final LineChart accuracy;
    private final LineChart memory;
    private final LineChart speed;
    private MonitorModel.State shown;

    MonitorPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(root);
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(1, 1).hint(400, SWT.DEFAULT).applyTo(status);
        new Label(root, SWT.NONE).setText("x axis:");
        xAxis = new Combo(root, SWT.READ_ONLY);
        xAxis.setItems("iteration", "wall time (s)");
        xAxis.select(0);
        xAxis.addListener(SWT.Selection, e -> redraw());
        new Label(root, SWT.NONE).setText("smoothing:");
        smoothing = new Scale(root, SWT.HORIZONTAL);
        smoothing.setMinimum(0);
        smoothing.setMaximum(99);
        smoothing.setPageIncrement(10);
        smoothing.setToolTipText("Exponential moving average of the per-step training loss, as TensorBoard's slider");
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(smoothing);
        smoothingValue = new Label(root, SWT.NONE);
        smoothingValue.setText("0.00");
        smoothing.addListener(SWT.Selection, e -> {
            smoothingValue.setText(String.format(java.util.Locale.ROOT, "%.2f", smoothingWeight()));
            redraw();
        });
        progress = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(progress);
        gap = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(400, SWT.DEFAULT).applyTo(gap);
        Composite charts = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(charts);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(charts);
        loss = chart(charts, "Loss", "iteration", "cross-entropy");
        accuracy = chart(charts, "Accuracy", "iteration", "fraction correct");
        memory = chart(charts, "Memory: measured vs predicted", "wall time (s)", "MiB, log scale");
        memory.setLogY(true);
        speed = chart(charts, "Throughput", "wall time (s)", "examples/s");
        root.setData(MonitorPanel.class.getName(), this);
    }

    private static LineChart chart(Composite parent, String title, String x, String y) {
        LineChart c = new LineChart(parent, title, x, y);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).applyTo(c.control());
        return c;
    }

    public Control control() {
        return root;
    }

    private void redraw() {
        if (shown != null) {
            update(shown);
        }
    }

    /** The smoothing weight of the per-step training loss, 0 (none) to 0.99. */
    public double smoothingWeight() {
        return smoothing.getSelection() / 100.0;
    }

    /** Sets the smoothing weight (0 to 0.99) and redraws. */
    public void setSmoothing(double w) {
        smoothing.setSelection((int) Math.round(w * 100));
        smoothingValue.setText(String.format(java.util.Locale.ROOT, "%.2f", smoothingWeight()));
        redraw();
    }

    /** The loss chart (tests). */
    public LineChart lossChart() {
        return loss;
    }

    /** Chooses the x axis of loss and accuracy: false iteration, true wall time. */
    public void setWallTime(boolean wall) {
        xAxis.select(wall ? 1 : 0);
        if (shown != null) {
            update(shown);
        }
    }

    public void update(MonitorModel.State s) {
        shown = s;
        boolean wall = xAxis.getSelectionIndex() == 1;
        status.setText(s.status());
        status.setForeground(root.getDisplay().getSystemColor(s.failed() ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        List<IterationMetrics> it = s.iterations();
        List<EpochMetrics> ep = s.epochs();
        IterationMetrics last = it.isEmpty() ? null : it.get(it.size() - 1);
        progress.setText(last == null ? "" : String.format(Locale.ROOT,
                "epoch %d, step %d of %d, %.1f examples/s, %.1f s%s", last.epoch(), last.iteration(), s.totalSteps(),
                last.examplesPerSecond(), last.seconds(), s.lastEpoch() == null ? "" : String.format(Locale.ROOT,
                        "; last epoch: validation accuracy %.3f, loss %.4f", s.lastEpoch().valAccuracy(), s.lastEpoch().valLoss())));
        gap.setText(gapText(s));
        loss.clear();
        accuracy.clear();
        memory.clear();
        speed.clear();
        String x = wall ? "wall time (s)" : "iteration";
        ((org.eclipse.swtchart.Chart) loss.control()).getAxisSet().getXAxis(0).getTitle().setText(x);
        ((org.eclipse.swtchart.Chart) accuracy.control()).getAxisSet().getXAxis(0).getTitle().setText(x);
        if (!it.isEmpty()) {
            double[][] l = Series.of(it, m -> wall ? m.seconds() : m.iteration(), IterationMetrics::loss);
            double w = smoothingWeight();
            loss.setSeries("training loss (step)", l[0], w == 0 ? l[1] : Smoothing.of(l[1], w), LineChart.Style.SOLID, 0);
            double[][] sp = Series.of(it, IterationMetrics::seconds, IterationMetrics::examplesPerSecond);
            speed.setSeries("examples/s", sp[0], sp[1], LineChart.Style.SOLID, 2);
        }
        if (!ep.isEmpty()) {
            double[][] tl = Series.of(ep, e -> wall ? e.wallSeconds() : e.iteration(), EpochMetrics::trainLoss);
            double[][] vl = Series.of(ep, e -> wall ? e.wallSeconds() : e.iteration(), EpochMetrics::valLoss);
            double[][] ta = Series.of(ep, e -> wall ? e.wallSeconds() : e.iteration(), EpochMetrics::trainAccuracy);
            double[][] va = Series.of(ep, e -> wall ? e.wallSeconds() : e.iteration(), EpochMetrics::valAccuracy);
            loss.setSeries("training loss (epoch mean)", tl[0], tl[1], LineChart.Style.DASHED, 0);
            loss.setSeries("validation loss", vl[0], vl[1], LineChart.Style.SOLID, 1);
            accuracy.setSeries("training accuracy", ta[0], ta[1], LineChart.Style.SOLID, 0);
            accuracy.setSeries("validation accuracy", va[0], va[1], LineChart.Style.SOLID, 1);
        }
        List<MemorySample> mem = s.memory();
        if (!mem.isEmpty()) {
            double[][] heap = Series.of(mem, MemorySample::seconds, m -> floor(Series.mib(m.heapBytes())));
            double[][] off = Series.of(mem, MemorySample::seconds, m -> floor(Series.mib(m.offHeapBytes())));
            memory.setSeries("JVM heap", heap[0], heap[1], LineChart.Style.SOLID, 4);
            memory.setSeries("ND4J off-heap (workspaces + arrays)", off[0], off[1], LineChart.Style.SOLID, 0);
            if (mem.stream().anyMatch(m -> m.deviceBytes() >= 0)) {
                double[][] dev = Series.of(mem, MemorySample::seconds, m -> floor(Series.mib(Math.max(0, m.deviceBytes()))));
                memory.setSeries("GPU device (NVML)", dev[0], dev[1], LineChart.Style.SOLID, 2);
            }
            if (s.prediction() != null) {
                double t1 = Math.max(1e-3, mem.get(mem.size() - 1).seconds());
                Long dl4j = s.prediction().byConvention().get(Dl4jConvention.NAME);
                if (dl4j != null) {
                    double d = floor(Series.mib(dl4j));
                    memory.setSeries("predicted (dl4j)", new double[] {0, t1}, new double[] {d, d}, LineChart.Style.DASHED, 3);
                }
                double p = floor(Series.mib(s.prediction().total()));
                memory.setSeries("predicted (engine)", new double[] {0, t1}, new double[] {p, p}, LineChart.Style.DASHED, 1);
                double f = floor(Series.mib(s.prediction().fixed()));
                memory.setSeries("predicted fixed part", new double[] {0, t1}, new double[] {f, f}, LineChart.Style.DASHED, 6);
            }
        }
        sameWallTime(it, mem);
        root.layout(true, true);
    }

    /** Memory and throughput share one wall-time axis, from 0 to the later of the last step and the last sample. */
    private void sameWallTime(List<IterationMetrics> it, List<MemorySample> mem) {
        double end = Math.max(it.isEmpty() ? 0 : it.get(it.size() - 1).seconds(),
                mem.isEmpty() ? 0 : mem.get(mem.size() - 1).seconds());
        if (end <= 0) {
            return;
        }
        for (LineChart c : List.of(memory, speed)) {
            org.eclipse.swtchart.Chart chart = (org.eclipse.swtchart.Chart) c.control();
            chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(0, end));
            chart.redraw();
        }
    }

    /** The x range of the memory chart and of the throughput chart (tests). */
    public double[][] wallTimeRanges() {
        double[][] out = new double[2][];
        int i = 0;
        for (LineChart c : List.of(memory, speed)) {
            org.eclipse.swtchart.Range r = ((org.eclipse.swtchart.Chart) c.control()).getAxisSet().getXAxis(0).getRange();
            out[i++] = new double[] {r.lower, r.upper};
        }
        return out;
    }

    /** The log axis starts at 1 KiB: nothing below it is drawn lower. */
    private static double floor(double mib) {
        return Math.max(1.0 / 1024, mib);
    }

    /**
     * The prediction by category, the measured peak against the {@code dl4j} prediction (what DL4J/ND4J allocates,
     * calibrated against its measured peak) and the gap between them, with the textbook and PyTorch counts beside it,
     * in bytes.
     */
    public static String gapText(MonitorModel.State s) {
        MemoryPrediction p = s.prediction();
        if (p == null) {
            return "";
        }
        long peak = s.peakOffHeap();
        String head = String.format(Locale.ROOT,
                "Engine prediction (batch %d, %s): parameters %,d B + gradients %,d B + optimizer state %,d B + activations %,d B"
                        + " = %,d B (textbook).", p.batch(), p.optimizer().label(), p.parameters(), p.gradients(), p.optimizerState(),
                p.activations(), p.total());
        Long dl4j = p.byConvention().get(Dl4jConvention.NAME);
        Long pytorch = p.byConvention().get(PyTorchConvention.NAME);
        String beside = String.format(Locale.ROOT, "  Conventions: dl4j %s, pytorch %s, textbook %,d B.", bytes(dl4j), bytes(pytorch),
                p.total());
        if (peak <= 0) {
            return head + beside;
        }
        long reference = dl4j != null ? dl4j : p.total();
        String name = dl4j != null ? "dl4j" : "textbook";
        long d = peak - reference;
        return head + beside + String.format(Locale.ROOT, "  Measured peak (ND4J workspaces + arrays above the start): %,d B.  Gap:"
                + " %s%,d B to the %s prediction (measured/predicted %.2f).", peak, d >= 0 ? "+" : "-", Math.abs(d), name, (double) peak / reference);
    }

    private static String bytes(Long b) {
        return b == null ? "none (see the Model summary)" : String.format(Locale.ROOT, "%,d B", b);
    }

    /** For tests: the charts. */
    public List<LineChart> charts() {
        return List.of(loss, accuracy, memory, speed);
    }

    public String gapLabel() {
        return gap.getText();
    }
}
