package nnwb.optim.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceFinal;
import nnwb.core.optim.TraceResult;

/**
 * The final state of every trace (parameters, loss, distance to the minimum-norm solution or the
 * minimum, null-space component, values stored per parameter, the step where it diverged, who stepped it and how far ND4J's trace
 * is from the engine's) with the settings they shared written beside it.
 */
public final class ResultsTable {

    public static final String[] COLUMNS = {"optimizer", "stepped by", "values / param", "final params", "final loss",
        "diverged", "|w − w*| (min-norm)", "null-space part", "|w − minimum|", "steps", "max |ND4J − engine|"};

    private final Composite root;
    private final Table table;
    private final Text settings;

    ResultsTable(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            nnwb.ui.parts.Columns.width(col, c.equals("final params") ? 200 : c.equals("optimizer") ? 190 : c.equals("stepped by") ? 240 : 105);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        settings = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(settings);
    }

    public Composite control() {
        return root;
    }

    public Table table() {
        return table;
    }

    public Text settingsText() {
        return settings;
    }

    /** Shows {@code r}; {@code steppedBy} and {@code nd4jDiff} may be null (engine only). */
    public void show(TraceResult r, List<String> steppedBy, double[] nd4jDiff, String settingsLine) {
        table.removeAll();
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            TraceFinal f = t.finalState();
            TableItem it = new TableItem(table, SWT.NONE);
            it.setForeground(0, Palette.color(table.getDisplay(), i));
            it.setText(new String[] {TraceSeries.name(i, t.config()), steppedBy == null ? "engine" : steppedBy.get(i),
                t.stateNames().size() + (t.stateNames().isEmpty() ? "" : " " + t.stateNames()), TraceText.vec(f.params()),
                num(f.loss()), f.diverged() ? "at step " + f.divergedAt() : "no", num(f.distanceToMinNorm()),
                num(f.nullSpaceNorm()), num(f.distanceToMinimum()), Integer.toString(f.step()),
                nd4jDiff == null ? "" : num(nd4jDiff[i])});
            if (f.diverged()) {
                it.setForeground(5, table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        settings.setText(settingsLine);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : Contours.label(v);
    }
}
