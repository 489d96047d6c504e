package nnwb.train.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nnwb.train.RunFolder;
import nnwb.ui.chart.LineChart;

/**
 * The runs in the workspace: tick runs to overlay their validation accuracy and loss (against epoch or wall time),
 * and export the ticked runs' per-epoch metrics together as one CSV.
 */
public final class OverlayPanel {

    private final Composite root;
    private final Table table;
    private final Combo xAxis;
    private final Label status;
    private final LineChart accuracy;
    private final LineChart loss;
    private final Supplier<List<Path>> folders;
    private final List<RunFolder.Record> records = new ArrayList<>();

    OverlayPanel(Composite parent, Supplier<List<Path>> folders, Consumer<String> commands) {
        this.folders = folders;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(root);
        Button refresh = new Button(root, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        Button export = new Button(root, SWT.PUSH);
        export.setText("Export ticked runs…");
        export.addListener(SWT.Selection, e -> commands.accept(ExportRunsHandler.COMMAND));
        new Label(root, SWT.NONE).setText("x axis:");
        xAxis = new Combo(root, SWT.READ_ONLY);
        xAxis.setItems("epoch", "wall time (s)");
        xAxis.select(0);
        xAxis.addListener(SWT.Selection, e -> plot());
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String c : new String[] {"run", "dataset", "val accuracy", "folder"}) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("folder") ? 220 : c.equals("run") ? 170 : 110);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                plot();
            }
        });
        Composite charts = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(charts);
        accuracy = new LineChart(charts, "Validation accuracy", "epoch", "fraction correct");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(accuracy.control());
        loss = new LineChart(charts, "Validation loss", "epoch", "cross-entropy");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(loss.control());
        sash.setWeights(40, 60);
    }

    public Control control() {
        return root;
    }

    public Table table() {
        return table;
    }

    public List<LineChart> charts() {
        return List.of(accuracy, loss);
    }

    /** Re-reads the run folders, keeping the ticks of runs still there. */
    public void refresh() {
        List<Path> ticked = ticked().stream().map(RunFolder.Record::folder).toList();
        records.clear();
        table.removeAll();
        for (Path p : folders.get()) {
            try {
                RunFolder.Record r = RunFolder.read(p);
                records.add(r);
                TableItem item = new TableItem(table, SWT.NONE);
                Object fin = r.result().get("final");
                String acc = fin instanceof Map<?, ?> f && f.get("valAccuracy") instanceof Number n
                        ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : "";
                item.setText(new String[] {r.name(), r.config().dataset(), acc, p.getFileName().toString()});
                item.setChecked(ticked.contains(p));
            } catch (IllegalArgumentException e) {
                // a folder being written or not a run: skipped
            }
        }
        status.setText(records.size() + " runs in the workspace");
        plot();
    }

    /** Ticks the first {@code n} runs (newest first) and plots them. */
    public void tickNewest(int n) {
        for (int i = 0; i < table.getItemCount(); i++) {
            table.getItem(i).setChecked(i < n);
        }
        plot();
    }

    public List<RunFolder.Record> ticked() {
        List<RunFolder.Record> out = new ArrayList<>();
        for (int i = 0; i < table.getItemCount() && i < records.size(); i++) {
            if (table.getItem(i).getChecked()) {
                out.add(records.get(i));
            }
        }
        return out;
    }

    public void plot() {
        accuracy.clear();
        loss.clear();
        boolean wall = xAxis.getSelectionIndex() == 1;
        String x = wall ? "wallSeconds" : "epoch";
        int colour = 0;
        for (RunFolder.Record r : ticked()) {
            double[] xs = r.epochs().stream().mapToDouble(e -> e.getOrDefault(x, Double.NaN)).toArray();
            String name = r.name() + " (" + r.folder().getFileName() + ")";
            accuracy.setSeries(name, xs, r.epochs().stream().mapToDouble(e -> e.getOrDefault("valAccuracy", Double.NaN)).toArray(),
                    LineChart.Style.SOLID, colour);
            loss.setSeries(name, xs, r.epochs().stream().mapToDouble(e -> e.getOrDefault("valLoss", Double.NaN)).toArray(),
                    LineChart.Style.SOLID, colour);
            colour++;
        }
    }

    /** Writes the ticked runs' metrics to {@code file}; returns how many runs. */
    public int export(Path file) throws IOException {
        List<RunFolder.Record> t = ticked();
        Files.writeString(file, RunFolder.export(t), StandardCharsets.UTF_8);
        return t.size();
    }

    /** Whether a run is ticked; when none is, the status line says to tick some first. */
    public boolean readyToExport() {
        if (ticked().isEmpty()) {
            status.setText("Tick the runs to export first.");
            return false;
        }
        return true;
    }

    /** Writes the ticked runs to {@code file} and says so in the status line. */
    public void exportTo(Path file) {
        try {
            status.setText("exported " + export(file) + " runs to " + file);
        } catch (IOException e) {
            status.setText("cannot write " + file + ": " + e.getMessage());
        }
    }
}
