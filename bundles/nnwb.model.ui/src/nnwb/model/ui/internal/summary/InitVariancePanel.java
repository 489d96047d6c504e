package nnwb.model.ui.internal.summary;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.InitScheme;
import nnwb.core.analysis.InitVariance;
import nnwb.core.analysis.VarianceRow;
import nnwb.ui.chart.LineChart;

/**
 * Initialisation: for a chosen scheme (He, Xavier/Glorot, LeCun, N(0,1) times a constant c, uniform) the
 * second moment of the activations and of the back-propagated gradients layer by layer, from the engine's
 * theory ({@link InitVariance}), on one log-scale chart, so that variance-preserving and unit-scaling
 * questions can be seen rather than only derived.
 */
public final class InitVariancePanel {

    /** Series names on the chart. */
    public static final String FORWARD = "activations (theory)";
    public static final String BACKWARD = "gradients (theory)";

    private final Composite root;
    private final Combo scheme;
    private final Text scale;
    private final Label summary;
    private final LineChart chart;
    private AnalysisReport report;
    private List<VarianceRow> rows = List.of();

    public InitVariancePanel(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(root);
        new Label(root, SWT.NONE).setText("Initialisation");
        scheme = new Combo(root, SWT.READ_ONLY);
        for (InitScheme s : InitScheme.values()) {
            scheme.add(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        scheme.select(0);
        new Label(root, SWT.NONE).setText("c / a");
        scale = new Text(root, SWT.BORDER);
        scale.setText("1");
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(scale);
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(summary);
        chart = new LineChart(root, "Second moment at initialisation", "layer", "E[x²]");
        chart.setLogY(true);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(chart.control());
        scheme.addListener(SWT.Selection, e -> refresh());
        scale.addListener(SWT.Modify, e -> refresh());
    }

    public Composite control() {
        return root;
    }

    public LineChart chart() {
        return chart;
    }

    public Combo scheme() {
        return scheme;
    }

    public Text scale() {
        return scale;
    }

    public List<VarianceRow> rows() {
        return rows;
    }

    public void show(AnalysisReport r) {
        report = r;
        refresh();
    }

    private void refresh() {
        if (report == null || report.graph() == null || report.hasErrors()) {
            summary.setText("The model needs to be free of errors for the variance theory.");
            return;
        }
        double c;
        try {
            c = Double.parseDouble(scale.getText().trim());
        } catch (NumberFormatException e) {
            summary.setText("c / a: '" + scale.getText() + "' is not a number");
            return;
        }
        InitScheme s = InitScheme.values()[scheme.getSelectionIndex()];
        try {
            rows = InitVariance.propagate(report.graph(), new InitVariance.Init(s, c), 1.0, 1.0);
        } catch (RuntimeException e) {
            summary.setText("No variance theory for this model: " + e.getMessage());
            chart.clear();
            return;
        }
        double[] x = new double[rows.size()];
        double[] fwd = new double[rows.size()];
        double[] bwd = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = i;
            fwd[i] = rows.get(i).forward();
            bwd[i] = rows.get(i).gradient();
        }
        chart.setSeries(FORWARD, x, fwd, LineChart.Style.SOLID, 0);
        chart.setSeries(BACKWARD, x, bwd, LineChart.Style.SOLID, 1);
        VarianceRow last = rows.get(rows.size() - 1);
        summary.setText(String.format("Input E[x²] = 1 and output gradient E[g²] = 1: the last layer (%s) gets %.4g,"
                + " the input gets a gradient of %.4g.", last.name(), last.forward(), rows.get(0).gradient()));
    }
}
