package nnwb.train.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.eclipse.swt.widgets.Text;

import nnwb.train.RunFolder;
import nnwb.ui.chart.LineChart;

/**
 * The runs in the workspace as a hyperparameter table ({@link RunTable}: start date, optimizer, learning rate, batch,
 * epochs, final validation numbers; sorted by a click on a column, filtered by words): tick runs to overlay their
 * validation accuracy and loss (against epoch or wall time), and export the ticked runs' per-epoch metrics as one CSV.
 */
public final class OverlayPanel {

    private final Composite root;
    private final Table table;
    private final Combo xAxis;
    private final Text filter;
    private final Label status;
    private final LineChart accuracy;
    private final LineChart loss;
    private final Supplier<List<Path>> folders;
    /** Every run read, in the folders' order (newest first). */
    private final List<RunTable.Row> rows = new ArrayList<>();
    /** The rows shown, index for index with the table's items. */
    private List<RunTable.Row> shown = new ArrayList<>();
    /** The ticked runs' folders: kept while rows are filtered, sorted or re-read. */
    private final Set<Path> tickedFolders = new LinkedHashSet<>();
    private int sortColumn = -1;
    private boolean ascending = true;

    OverlayPanel(Composite parent, Supplier<List<Path>> folders, Consumer<String> commands) {
        this.folders = folders;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(root);
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
        filter = new Text(root, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("filter runs: e.g. adam 0.01");
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(filter);
        filter.addListener(SWT.Modify, e -> show());
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        for (int i = 0; i < RunTable.COLUMNS.size(); i++) {
            String c = RunTable.COLUMNS.get(i);
            TableColumn col = new TableColumn(table, c.equals("run") || c.equals("dataset") || c.equals("folder") ? SWT.LEFT : SWT.RIGHT);
            col.setText(c);
            col.setToolTipText("Click to sort by " + c);
            nnwb.ui.parts.Columns.width(col, switch (c) {
                case "folder", "run" -> 160;
                case "date", "dataset" -> 125;
                default -> 80;
            });
            int index = i;
            col.addListener(SWT.Selection, e -> sortBy(index));
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                Path f = ((RunTable.Row) item.getData()).run().folder();
                if (item.getChecked()) {
                    tickedFolders.add(f);
                } else {
                    tickedFolders.remove(f);
                }
                plot();
            }
        });
        Composite charts = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(charts);
        accuracy = new LineChart(charts, "Validation accuracy", "epoch", "fraction correct");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(accuracy.control());
        loss = new LineChart(charts, "Validation loss", "epoch", "cross-entropy");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(loss.control());
        sash.setWeights(35, 65);
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
        rows.clear();
        ZoneId zone = ZoneId.systemDefault();
        for (Path p : folders.get()) {
            try {
                RunFolder.Record r = RunFolder.read(p);
                rows.add(RunTable.row(r, started(p), zone));
            } catch (IllegalArgumentException e) {
                // a folder being written or not a run: skipped
            }
        }
        tickedFolders.retainAll(rows.stream().map(r -> r.run().folder()).toList());
        show();
    }

    /** The run's date: when its configuration was last written (at its start, and again when it ended). */
    private static Instant started(Path folder) {
        try {
            return Files.getLastModifiedTime(folder.resolve(RunFolder.CONFIG)).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /** Sorts by {@code column} (a second click on the same column reverses). */
    public void sortBy(int column) {
        ascending = column == sortColumn ? !ascending : true;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        show();
    }

    /** Filters the rows by {@code query} (tests; the field does the same). */
    public void filter(String query) {
        filter.setText(query);
    }

    /** Fills the table with the rows that pass the filter, in the chosen order, and plots the ticked ones. */
    private void show() {
        List<RunTable.Row> r = RunTable.filter(rows, filter.getText());
        shown = sortColumn < 0 ? r : RunTable.sort(r, sortColumn, ascending);
        table.removeAll();
        for (RunTable.Row row : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(row.cells().toArray(String[]::new));
            item.setData(row);
            item.setChecked(tickedFolders.contains(row.run().folder()));
        }
        status.setText(shown.size() == rows.size() ? rows.size() + " runs in the workspace"
                : shown.size() + " of " + rows.size() + " runs shown");
        plot();
    }

    /** Ticks the first {@code n} runs shown (newest first unless sorted) and plots them. */
    public void tickNewest(int n) {
        tickedFolders.clear();
        for (int i = 0; i < table.getItemCount(); i++) {
            table.getItem(i).setChecked(i < n);
            if (i < n) {
                tickedFolders.add(shown.get(i).run().folder());
            }
        }
        plot();
    }

    /** The ticked runs that are shown, in the table's order. */
    public List<RunFolder.Record> ticked() {
        List<RunFolder.Record> out = new ArrayList<>();
        for (RunTable.Row row : shown) {
            if (tickedFolders.contains(row.run().folder())) {
                out.add(row.run());
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
