package nnwb.conv.ui.internal;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.cost.RfStackText;
import nnwb.core.conv.RfReport;
import nnwb.core.conv.RfRow;
import nnwb.core.conv.RfStack;

/**
 * Stack mode: a typed list of layers ({@code k3s1,k3s1,k2s2}, residual paths in parentheses) with receptive field,
 * jump and start after each layer, the total and its closed form, and the input cells one output cell sees.
 */
public final class StackTab {

    private final Composite root;
    private final Text layers;
    private final ControlDecoration layersDecoration;
    private final Table table;
    private final Label total;
    private final Spinner outputCell;
    private final RfStrip strip;
    private final Label modelNote;
    private RfReport report;
    private AnalysisReport model;

    public StackTab(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
        new Label(root, SWT.NONE).setText("Layers");
        layers = new Text(root, SWT.BORDER);
        layers.setText("k3s1,k3s1,k2s2,k3s1,k3s1,k2s2");
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(layers);
        layersDecoration = new ControlDecoration(layers, SWT.LEFT | SWT.CENTER);
        layersDecoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        layersDecoration.hide();
        Label hint = new Label(root, SWT.NONE);
        hint.setText("k kernel, s stride, p padding, d dilation; (a | b) parallel paths, empty path = skip");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(hint);
        Button fromModel = new Button(root, SWT.PUSH);
        fromModel.setText("From open model");
        fromModel.setToolTipText("Take the convolution and pooling layers of the model open in the editor");
        fromModel.addListener(SWT.Selection, e -> takeFromModel());
        modelNote = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(modelNote);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : new String[] {"Layer", "Receptive field", "Jump", "Start"}) {
            TableColumn col = new TableColumn(table, SWT.RIGHT);
            col.setText(c);
            col.setWidth(130);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 160).applyTo(table);
        total = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(total);
        new Label(root, SWT.NONE).setText("Output cell");
        outputCell = new Spinner(root, SWT.BORDER);
        outputCell.setMaximum(10_000);
        strip = new RfStrip(root);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 70).applyTo(strip.control());
        strip.onSelect(o -> outputCell.setSelection(o.intValue()));
        layers.addListener(SWT.Modify, e -> update());
        outputCell.addListener(SWT.Modify, e -> strip.show(report, outputCell.getSelection()));
        update();
    }

    /** The latest analysis the model editor posted ({@code nnwb/model/analysed}), or null when none is open. */
    public void modelAnalysed(AnalysisReport analysis) {
        model = analysis;
    }

    /** Fills the layers from the model last analysed in the editor, through the engine's {@link RfStackText}. */
    public void takeFromModel() {
        if (model == null || model.graph() == null) {
            modelNote.setText("Open a .nnet model in the editor first.");
            return;
        }
        takeFromModel(model);
    }

    /** Fills the layers from model text; says where and why the stack stops. */
    public void takeFromModel(String modelText) {
        takeFromModel(Analyzer.analyze(modelText, AnalysisOptions.defaults()));
    }

    private void takeFromModel(AnalysisReport analysis) {
        RfStackText.Result r = RfStackText.of(analysis.graph());
        if (r.text().isEmpty()) {
            modelNote.setText("The model has no convolution or pooling layers to stack"
                    + (r.note() == null ? "." : " (" + r.note() + ")."));
            return;
        }
        layers.setText(r.text());
        modelNote.setText(analysis.graph().name() + (r.note() == null ? "" : ": " + r.note()));
    }

    public Label modelNote() {
        return modelNote;
    }

    public Composite control() {
        return root;
    }

    public Text layers() {
        return layers;
    }

    public Table table() {
        return table;
    }

    public Label total() {
        return total;
    }

    public ControlDecoration layersDecoration() {
        return layersDecoration;
    }

    public RfStrip strip() {
        return strip;
    }

    private void update() {
        report = RfStack.compute(layers.getText());
        table.removeAll();
        if (!report.valid()) {
            layersDecoration.setDescriptionText(report.problems().get(0).message());
            layersDecoration.show();
            total.setText("");
            strip.show(null, 0);
            return;
        }
        layersDecoration.hide();
        for (RfRow row : report.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {"  ".repeat(row.depth()) + row.label(), RfStack.fmt(row.step().receptiveField()),
                RfStack.fmt(row.step().jump()), RfStack.fmt(row.step().start())});
        }
        total.setText("Total receptive field " + RfStack.fmt(report.receptiveField()) + ", jump "
                + RfStack.fmt(report.total().jump()) + ":  " + report.closedForm().text());
        strip.show(report, outputCell.getSelection());
        root.layout(true, true);
    }
}
