package nnwb.optim.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;

import nnwb.ui.chart.LineChart;

/** Renders an {@link Analysis}: its facts, its buttons and up to two charts through the shared chart wrapper. */
public final class AnalysisPanel {

    private final Composite root;
    private final Label heading;
    private final Text text;
    private final Composite buttons;
    private final LineChart[] charts = new LineChart[2];
    private final Consumer<String> onAction;
    private Analysis shown;

    AnalysisPanel(Composite parent, Consumer<String> onAction) {
        this.onAction = onAction;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        heading = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        buttons = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        SashForm split = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        text = new Text(split, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        Composite chartBox = new Composite(split, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(chartBox);
        for (int i = 0; i < 2; i++) {
            charts[i] = new LineChart(chartBox, "", "", "");
            GridDataFactory.fillDefaults().grab(true, true).applyTo(charts[i].control());
        }
        split.setWeights(45, 55);
    }

    public Control control() {
        return root;
    }

    public Text text() {
        return text;
    }

    /** Chart {@code i} (0 or 1). */
    public LineChart chart(int i) {
        return charts[i];
    }

    public Analysis shown() {
        return shown;
    }

    /** The button labelled {@code label}, or null. */
    public Button button(String label) {
        for (Control c : buttons.getChildren()) {
            if (c instanceof Button b && b.getText().equals(label)) {
                return b;
            }
        }
        return null;
    }

    public void show(Analysis a) {
        shown = a;
        heading.setText(a.heading());
        text.setText(String.join("\n\n", a.lines()));
        boolean sameButtons = buttons.getChildren().length == a.actions().size();
        for (int i = 0; sameButtons && i < a.actions().size(); i++) {
            sameButtons = ((Button) buttons.getChildren()[i]).getText().equals(a.actions().get(i).label());
        }
        if (!sameButtons) {
            for (Control c : buttons.getChildren()) {
                c.dispose();
            }
            for (Analysis.Action act : a.actions()) {
                Button b = new Button(buttons, SWT.PUSH);
                b.setText(act.label());
                b.addListener(SWT.Selection, e -> onAction.accept(act.id()));
            }
            GridLayoutFactory.fillDefaults().numColumns(Math.max(1, a.actions().size())).applyTo(buttons);
        }
        for (int i = 0; i < 2; i++) {
            LineChart c = charts[i];
            boolean used = i < a.charts().size();
            ((GridDataFactory.fillDefaults().grab(true, true).exclude(!used))).applyTo(c.control());
            c.control().setVisible(used);
            c.clear();
            if (used) {
                Analysis.Chart spec = a.charts().get(i);
                Chart chart = (Chart) c.control();
                chart.getTitle().setText(spec.title());
                chart.getAxisSet().getXAxis(0).getTitle().setText(spec.xTitle());
                chart.getAxisSet().getYAxis(0).getTitle().setText(spec.yTitle());
                for (Analysis.Series s : spec.series()) {
                    c.setSeries(s.name(), TraceSeries.chart(s.x()), TraceSeries.chart(s.y()), style(s.style()), s.color());
                }
                c.setLogY(spec.logY());
            }
        }
        root.layout(true, true);
    }

    public static LineChart.Style style(Analysis.Style s) {
        return switch (s) {
            case SOLID -> LineChart.Style.SOLID;
            case DASHED -> LineChart.Style.DASHED;
            case POINTS -> LineChart.Style.POINTS;
        };
    }

    public static List<String> names(LineChart c) {
        return List.copyOf(c.seriesNames());
    }
}
