package nnwb.train.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TensorHistogram.Kind;
import nnwb.train.HistogramLog;

/**
 * The Histograms tab: a layer's parameter tensor (weights W, biases b...) and its values or gradients, histogrammed
 * after every epoch and drawn offset over epochs ({@link HistogramCanvas}), for the current run (live, from the
 * monitor's model) or a past run (its {@code histograms.json}).
 */
public final class HistogramsTab {

    static final String CURRENT = "current run";

    private final Composite root;
    private final Combo run;
    private final Combo tensor;
    private final Combo kind;
    private final Label stats;
    private final HistogramCanvas canvas;
    private final MonitorModel monitor;
    private final Supplier<List<Path>> folders;
    private final List<Path> past = new ArrayList<>();
    private List<TensorHistogram> data = List.of();
    private String problem = "";
    private long shownVersion = -1;

    HistogramsTab(Composite parent, MonitorModel monitor, Supplier<List<Path>> folders) {
        this.monitor = monitor;
        this.folders = folders;
        root = new Composite(parent, SWT.NONE);
        // two rows of selectors, so that the tab fits the runner's narrowest charts column (issue 24, 1366x768)
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(root);
        Label runLabel = new Label(root, SWT.NONE);
        runLabel.setText("Run:");
        runLabel.setToolTipText("The current run (updated after every epoch) or a past run of the workspace");
        run = new Combo(root, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().span(3, 1).hint(260, SWT.DEFAULT).applyTo(run);
        run.addListener(SWT.Selection, e -> load());
        new Label(root, SWT.NONE).setText("Layer parameter:");
        tensor = new Combo(root, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(tensor);
        tensor.addListener(SWT.Selection, e -> draw());
        new Label(root, SWT.NONE).setText("Show:");
        kind = new Combo(root, SWT.READ_ONLY);
        kind.setItems("weights (values)", "gradients (last step of each epoch)");
        kind.select(0);
        kind.addListener(SWT.Selection, e -> draw());
        stats = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(stats);
        canvas = new HistogramCanvas(root);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(300, 240).applyTo(canvas.control());
        refreshRuns();
    }

    public Control control() {
        return root;
    }

    /** Lists the current run and the workspace's past runs that have histograms, keeping the choice. */
    public void refreshRuns() {
        String chosen = run.getSelectionIndex() < 0 ? CURRENT : run.getText();
        past.clear();
        List<String> items = new ArrayList<>();
        items.add(CURRENT);
        for (Path f : folders.get()) {
            if (Files.isRegularFile(f.resolve(HistogramLog.FILE))) {
                past.add(f);
                items.add(f.getFileName().toString());
            }
        }
        run.setItems(items.toArray(String[]::new));
        run.select(Math.max(0, items.indexOf(chosen)));
        load();
    }

    /** The monitor changed: redraws when the current run is shown and its histograms changed (once an epoch). */
    public void update() {
        if (run.getSelectionIndex() <= 0 && monitor.histogramVersion() != shownVersion) {
            load();
        }
    }

    private void load() {
        int i = run.getSelectionIndex();
        problem = "";
        if (i <= 0) {
            shownVersion = monitor.histogramVersion();
            data = monitor.histograms();
        } else {
            try {
                data = HistogramLog.read(past.get(i - 1));
            } catch (IllegalArgumentException e) {
                data = List.of();
                problem = e.getMessage();
            }
        }
        String keep = tensor.getText();
        List<String> names = HistogramLog.tensors(data);
        if (!names.equals(List.of(tensor.getItems()))) {
            tensor.setItems(names.toArray(String[]::new));
            tensor.select(Math.max(0, names.indexOf(keep)));
        }
        draw();
    }

    private void draw() {
        Kind k = kind.getSelectionIndex() == 1 ? Kind.GRADIENTS : Kind.VALUES;
        String name = tensor.getText();
        List<TensorHistogram> h = name.isEmpty() ? List.of() : HistogramLog.of(data, name, k);
        String what = k == Kind.VALUES ? "values" : "gradients";
        String heading = name.isEmpty() ? "Histograms over epochs"
                : name + " " + what + " over epochs (each epoch scaled to its peak; the latest in front)";
        String empty = !problem.isEmpty() ? problem
                : data.isEmpty() ? "No histograms yet: run a configuration (they appear at its start and after every epoch),"
                        + " or choose a past run."
                        : "No " + what + " for " + name + " yet (gradients appear after the first epoch).";
        canvas.show(h, heading, k == Kind.VALUES ? "parameter value" : "gradient of the loss", empty);
        stats.setText(h.isEmpty() ? problem : describe(h.get(h.size() - 1)));
        root.layout(true, true);
    }

    /** The latest epoch's numbers in a line. */
    static String describe(TensorHistogram t) {
        return String.format(Locale.ROOT, "Epoch %d: %s of %,d values%s, min %s, max %s, mean %s, std %s%s", t.epoch(),
                t.sampled() == t.size() ? "all" : String.format(Locale.ROOT, "%,d sampled", t.sampled()), t.size(),
                t.nonFinite() > 0 ? String.format(Locale.ROOT, " (%,d not finite)", t.nonFinite()) : "",
                HistogramCanvas.format(t.min()), HistogramCanvas.format(t.max()), HistogramCanvas.format(t.mean()),
                HistogramCanvas.format(t.std()), "; " + t.bins() + " bins");
    }

    // for tests

    /** The runs offered, the current one first. */
    public List<String> runs() {
        return List.of(run.getItems());
    }

    /** Chooses the run at {@code index} of {@link #runs()}. */
    public void selectRun(int index) {
        run.select(index);
        load();
    }

    /** The tensors offered ("conv1 W"). */
    public List<String> tensors() {
        return List.of(tensor.getItems());
    }

    /** Chooses a tensor and values or gradients. */
    public void select(String name, Kind k) {
        tensor.select(tensor.indexOf(name));
        kind.select(k == Kind.GRADIENTS ? 1 : 0);
        draw();
    }

    public HistogramCanvas canvas() {
        return canvas;
    }

    public String statsLine() {
        return stats.getText();
    }
}
