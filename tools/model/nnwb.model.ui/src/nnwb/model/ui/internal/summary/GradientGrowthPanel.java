package nnwb.model.ui.internal.summary;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.cost.GradientGrowth;

/**
 * Berkeley HW4 2(g): the model's fully connected layers as a stack x' = c W x (N(0,1) weights, c = 1/sqrt(d_in), no
 * activations) and, per layer, the norm of the gradient with respect to its input for an output gradient of norm 1:
 * rank-1 weights (the sheet's setting) and full-rank weights, each without and with the 1/sqrt(d_out) fix, as the
 * engine's closed form and its seeded sample ({@link GradientGrowth}).
 */
public final class GradientGrowthPanel {

    /** Column titles, in order. */
    public static final List<String> COLUMNS = List.of("layer", "d_in", "d_out", "√d_out", "rank 1", "sampled",
            "rank 1 + fix", "sampled", "full rank", "sampled", "full rank + fix", "sampled");
    /** The seed of the sample. */
    public static final long SEED = 1;

    private final Composite root;
    private final Label summary;
    private final Table table;
    private List<GradientGrowth.Row> rows = List.of();

    public GradientGrowthPanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        Label setting = new Label(root, SWT.WRAP);
        setting.setText("Dense layers as x' = c·W·x with N(0,1) weights and c = 1/√d_in, no activations (HW4 2(f)-(g)). "
                + "Each cell: ‖∇ wrt the layer's input‖ when the output gradient has norm 1. Rank-1 weights (the sheet's "
                + "setting) grow it by √d_out per layer; the fix multiplies every backpropagated gradient by 1/√d_out. "
                + "Closed form and a sample with explicit matrices (seed " + SEED + ").");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(setting);
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, c.equals("layer") ? SWT.LEFT : SWT.RIGHT);
            col.setText(c);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
    }

    public Composite control() {
        return root;
    }

    public Table table() {
        return table;
    }

    public Label summary() {
        return summary;
    }

    public List<GradientGrowth.Row> rows() {
        return rows;
    }

    /** Fills the table for {@code r}, or says why there is none. */
    public void show(AnalysisReport r) {
        table.removeAll();
        rows = List.of();
        if (r == null || r.graph() == null || r.hasErrors()) {
            summary.setText("The model needs to be free of errors.");
            return;
        }
        try {
            rows = GradientGrowth.of(GradientGrowth.stack(r.graph()), SEED);
        } catch (RuntimeException e) {
            summary.setText("No gradient-growth table for this model: " + e.getMessage());
            return;
        }
        for (GradientGrowth.Row x : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {x.name(), Integer.toString(x.dIn()), Integer.toString(x.dOut()), num(x.growth()),
                    num(x.rank1()), num(x.rank1Sampled()), num(x.rank1Fixed()), num(x.rank1FixedSampled()), num(x.fullRank()),
                    num(x.fullRankSampled()), num(x.fullRankFixed()), num(x.fullRankFixedSampled())});
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        GradientGrowth.Row first = rows.get(0);
        summary.setText(String.format(Locale.ROOT, "%d dense layers: at the input of %s the rank-1 gradient norm is %.4g without"
                + " the fix and %.4g with it; full rank %.4g and %.4g.", rows.size(), first.name(), first.rank1(),
                first.rank1Fixed(), first.fullRankSampled(), first.fullRankFixedSampled()));
        root.layout(true, true);
    }

    /** A cell's text: four significant digits. */
    public static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
