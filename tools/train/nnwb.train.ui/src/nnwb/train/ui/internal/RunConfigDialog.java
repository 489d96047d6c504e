package nnwb.train.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.templates.Templates;

/** Edits a run configuration; the message line says what is wrong and OK stays disabled until it can run. */
public final class RunConfigDialog extends TitleAreaDialog {

    private final RunConfig initial;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private RunConfig result;

    public RunConfigDialog(Shell shell, RunConfig initial) {
        super(shell);
        this.initial = initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public RunConfig result() {
        return result;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Run configuration");
        setMessage("Model, data, optimizer and its numbers. Saved in the workspace (Training/configurations).");
        // the form scrolls where the screen is shorter than it (1366x768: about 840 px), instead of squeezing the
        // model text to a line
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        Composite c = new Composite(scroll, SWT.NONE);
        scroll.setContent(c);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        Map<String, String> f = RunConfigForm.fields(initial);
        text(c, RunConfigForm.NAME, "Name", f);
        combo(c, RunConfigForm.MODEL_KIND, "Model from", RunConfigForm.KINDS.toArray(String[]::new), f);
        combo(c, RunConfigForm.TEMPLATE, "Template", Templates.NAMES.toArray(String[]::new), f);
        Text file = text(c, RunConfigForm.FILE, "Model file (.nnet)", f);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.nnet"});
            String p = d.open();
            if (p != null) {
                file.setText(p);
            }
        });
        new Label(c, SWT.NONE).setText("Model text");
        Text model = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        model.setText(f.get(RunConfigForm.TEXT));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 90).applyTo(model);
        model.addListener(SWT.Modify, e -> validate());
        controls.put(RunConfigForm.TEXT, model);
        text(c, RunConfigForm.SYMBOLS, "Symbols", f).setMessage("NAME=N, ... (classes and NC follow the data)");
        text(c, RunConfigForm.DATA, "Dataset", f).setMessage("edges:per-class=20,shift=top | colour | mnist[:DIR] | cifar10[:DIR]");
        combo(c, RunConfigForm.OPTIMIZER, "Optimizer", java.util.Arrays.stream(Optimizer.values()).map(Optimizer::label)
                .toArray(String[]::new), f);
        text(c, RunConfigForm.LR, "Learning rate", f);
        for (String key : RunConfigForm.OPTIMIZER_FIELDS) {
            text(c, key, RunConfigForm.label(key, initial.optimizer()), f);
        }
        text(c, RunConfigForm.DECAY, "Weight decay", f);
        text(c, RunConfigForm.DROPOUT, "Dropout (before FC layers)", f);
        text(c, RunConfigForm.BATCH, "Batch size", f);
        text(c, RunConfigForm.EPOCHS, "Epochs", f);
        text(c, RunConfigForm.SEED, "Seed", f);
        combo(c, RunConfigForm.BACKEND, "Backend", new String[] {"cpu", "cuda", "auto"}, f);
        Label layersLabel = new Label(c, SWT.NONE);
        layersLabel.setText("Layers");
        Text layers = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        layers.setText(f.get(RunConfigForm.LAYERS));
        layers.setMessage("one per line: conv1 frozen sobel-x, sobel-y, [0,1,0;1,-4,1;0,1,0]");
        layers.setToolTipText("LAYER [frozen] [KERNEL, ...]: frozen never updates the layer; kernels (filter-canvas presets or"
                + " rows in brackets), one per output channel, start a convolution");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, 48).applyTo(layers);
        layers.addListener(SWT.Modify, e -> validate());
        controls.put(RunConfigForm.LAYERS, layers);
        scroll.setMinSize(c.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return area;
    }

    /** No taller than the screen: the form scrolls below that. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        Rectangle screen = getShell().getMonitor().getClientArea();
        return new Point(Math.min(size.x, screen.width), Math.min(size.y, screen.height - 40));
    }

    private Text text(Composite c, String key, String label, Map<String, String> f) {
        Label l = new Label(c, SWT.NONE);
        l.setText(label);
        GridDataFactory.swtDefaults().applyTo(l);
        labels.put(key, l);
        Text t = new Text(c, SWT.BORDER);
        t.setText(f.get(key));
        GridDataFactory.fillDefaults().span(key.equals(RunConfigForm.FILE) ? 1 : 2, 1).grab(true, false).applyTo(t);
        t.addListener(SWT.Modify, e -> validate());
        controls.put(key, t);
        return t;
    }

    private Combo combo(Composite c, String key, String label, String[] items, Map<String, String> f) {
        new Label(c, SWT.NONE).setText(label);
        Combo combo = new Combo(c, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(Math.max(0, java.util.Arrays.asList(items).indexOf(f.get(key))));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            if (key.equals(RunConfigForm.OPTIMIZER)) {
                showOptimizerFields();
            }
            validate();
        });
        controls.put(key, combo);
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        showOptimizerFields();
        validate();
    }

    /** Shows the numbers the chosen optimizer trains with (Adam's β₁, β₂, ε; momentum for the momentum methods). */
    private void showOptimizerFields() {
        Optimizer o;
        try {
            o = Optimizer.parse(((Combo) controls.get(RunConfigForm.OPTIMIZER)).getText());
        } catch (IllegalArgumentException e) {
            return;
        }
        java.util.List<String> used = RunConfigForm.usedBy(o);
        for (String key : RunConfigForm.OPTIMIZER_FIELDS) {
            boolean show = used.contains(key);
            Label l = labels.get(key);
            Control t = controls.get(key);
            l.setText(RunConfigForm.label(key, o));
            for (Control w : new Control[] {l, t}) {
                w.setVisible(show);
                ((org.eclipse.swt.layout.GridData) w.getLayoutData()).exclude = !show;
            }
        }
        Composite fields = controls.get(RunConfigForm.LR).getParent();
        fields.layout(true, true);
    }

    /** Whether the field {@code key} is shown (tests). */
    public boolean shows(String key) {
        Control c = controls.get(key);
        return c != null && c.getVisible();
    }

    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        controls.forEach((k, c) -> v.put(k, c instanceof Text t ? t.getText() : ((Combo) c).getText()));
        return v;
    }

    /** Sets a field (tests). */
    public void set(String key, String value) {
        Control c = controls.get(key);
        if (c instanceof Text t) {
            t.setText(value);
        } else if (c instanceof Combo combo) {
            combo.setText(value);
            combo.select(java.util.Arrays.asList(combo.getItems()).indexOf(value));
            if (key.equals(RunConfigForm.OPTIMIZER)) {
                showOptimizerFields();
            }
            validate();
        }
    }

    public String problem() {
        return getErrorMessage();
    }

    private void validate() {
        if (!controls.containsKey(RunConfigForm.LAYERS)) {
            return; // still building (the layers field comes last)
        }
        RunConfigForm.Result r = RunConfigForm.read(values(), initial);
        setErrorMessage(r.problem());
        result = r.config();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(r.config() != null);
        }
    }
}
