package nnwb.optim.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nnwb.compute.OptimizerSteps;
import nnwb.compute.UpdaterMatch;
import nnwb.core.optim.closed.StabilityLimit;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.update.HyperParam;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import nnwb.optim.compute.ComputeTraces;

/**
 * The optimizers compared: a list in their plot colours, add / duplicate / remove, and every
 * hyperparameter of the selected one (sliders for the learning rate, on a log scale, and for the decay
 * rates), with a note on how the optimizer is written in the engine and in ND4J and who steps it.
 */
public final class OptimizerPanel {

    /** Slider positions of the learning rate: 10^(−5 + 6·s/600). */
    public static final int LR_STEPS = 600;

    private final OptimSession session;
    private final java.util.function.Supplier<OptimizerSteps> compute;
    private final Runnable changed;
    private final Group group;
    private final Table list;
    private final Combo kind;
    private final Composite form;
    private final Text note;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Scale> sliders = new LinkedHashMap<>();
    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
    private Label limit;
    private Label wdNote;
    private Problem problem;
    private int selected;
    private boolean updating;

    OptimizerPanel(Composite parent, OptimSession session, java.util.function.Supplier<OptimizerSteps> compute,
            Runnable changed) {
        this.session = session;
        this.compute = compute;
        this.changed = changed;
        group = new Group(parent, SWT.NONE);
        // short: the settings column is about 330 px wide at 1366x768; "Shared by every optimizer" says the rest
        group.setText("Optimizers");
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        list = new Table(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(list);
        list.addListener(SWT.Selection, e -> select(list.getSelectionIndex()));
        kind = new Combo(group, SWT.READ_ONLY);
        kind.setItems(Optimizers.names().toArray(String[]::new));
        kind.select(0);
        button("Add", "add an optimizer of the chosen kind with its defaults", () -> {
            session.addOptimizer(Optimizers.defaults(kind.getText()));
            refresh();
            select(session.optimizers().size() - 1);
            changed.run();
        });
        button("Duplicate", "add a copy of the selected optimizer", () -> {
            session.addOptimizer(session.optimizers().get(selected));
            refresh();
            select(session.optimizers().size() - 1);
            changed.run();
        });
        button("Remove", "remove the selected optimizer", () -> {
            session.removeOptimizer(selected);
            refresh();
            select(Math.min(selected, session.optimizers().size() - 1));
            changed.run();
        });
        form = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(form);
        Label how = new Label(group, SWT.NONE);
        how.setText("How this optimizer is written:");
        GridDataFactory.fillDefaults().span(4, 1).applyTo(how);
        note = new Text(group, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(300, 130).applyTo(note);
        refresh();
        select(0);
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(group, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> {
            try {
                action.run();
            } catch (IllegalArgumentException ex) {
                note.setText(ex.getMessage());
            }
        });
        return b;
    }

    public Control control() {
        return group;
    }

    public Table list() {
        return list;
    }

    public Combo kindCombo() {
        return kind;
    }

    /** The field of hyperparameter {@code key} of the selected optimizer (Text, Button, Combo or Spinner). */
    public Control field(String key) {
        return fields.get(key);
    }

    public Scale slider(String key) {
        return sliders.get(key);
    }

    public Text note() {
        return note;
    }

    public int selected() {
        return selected;
    }

    /** Re-reads the session (optimizers added, removed or changed elsewhere). */
    public void refresh() {
        list.removeAll();
        for (int i = 0; i < session.optimizers().size(); i++) {
            TableItem it = new TableItem(list, SWT.NONE);
            it.setText("■ " + TraceSeries.name(i, session.optimizers().get(i)));
            it.setForeground(Palette.color(list.getDisplay(), i));
        }
        if (selected >= session.optimizers().size()) {
            selected = session.optimizers().size() - 1;
        }
        list.setSelection(selected);
        buildForm();
    }

    /** Selects optimizer {@code i} and shows its hyperparameters. */
    public void select(int i) {
        if (i < 0 || i >= session.optimizers().size()) {
            return;
        }
        selected = i;
        list.setSelection(i);
        buildForm();
    }

    private OptimizerConfig current() {
        return session.optimizers().get(selected);
    }

    /** Beside the decay's field: it is decoupled and not multiplied by the learning rate unless wd-lr says so. */
    static final String WD_NOTE = "decoupled, not × lr";
    /** The same with wd-lr on (adamw's default, PyTorch's AdamW). */
    static final String WD_LR_NOTE = "decoupled, × lr (wd-lr)";

    private void buildForm() {
        updating = true;
        try {
            decorations.values().forEach(ControlDecoration::dispose);
            decorations.clear();
            for (Control c : form.getChildren()) {
                c.dispose();
            }
            fields.clear();
            sliders.clear();
            limit = null;
            wdNote = null;
            OptimizerConfig c = current();
            for (HyperParam p : Optimizers.params(c.name())) {
                Label l = new Label(form, SWT.NONE);
                l.setText(p.key());
                l.setToolTipText(p.help());
                Control f = field(p, c.values().get(p.key()));
                f.setToolTipText(p.help() + " (" + p.range() + ")");
                fields.put(p.key(), f);
                decorations.put(p.key(), ProblemForm.decoration(f));
                if (p.type() == HyperParam.Type.NUMBER && (p.key().equals("lr") || p.maxOpen())) {
                    Scale s = new Scale(form, SWT.HORIZONTAL);
                    boolean lr = p.key().equals("lr");
                    s.setMinimum(0);
                    s.setMaximum(lr ? LR_STEPS : 999);
                    s.setIncrement(lr ? 10 : 5);
                    s.setPageIncrement(lr ? 100 : 50);
                    s.setSelection(lr ? lrPosition(c.number(p.key())) : (int) Math.round(1000 * c.number(p.key())));
                    s.setToolTipText(lr ? "learning rate on a log scale, 1e-5 to 10" : p.key() + " from 0 to 0.999");
                    GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(s);
                    Text t = (Text) f;
                    s.addListener(SWT.Selection, e -> t.setText(Contours.label(lr ? lrAt(s.getSelection()) : s.getSelection() / 1000.0)));
                    sliders.put(p.key(), s);
                    if (lr) {
                        limit = new Label(form, SWT.WRAP);
                        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(limit);
                    }
                } else {
                    Label note = new Label(form, SWT.NONE);
                    if (p.key().equals("wd")) {
                        wdNote = note;
                        note.setToolTipText(p.help());
                        showWdNote();
                    }
                }
            }
            showLimit(problem);
            form.layout(true, true);
            group.layout(true, true);
            if (group.getParent() != null) {
                group.getParent().layout(true, true);
            }
            showNote();
        } finally {
            updating = false;
        }
    }

    private Control field(HyperParam p, Object value) {
        switch (p.type()) {
            case BOOLEAN -> {
                Button b = new Button(form, SWT.CHECK);
                b.setSelection((Boolean) value);
                b.addListener(SWT.Selection, e -> apply(p, b.getSelection()));
                return b;
            }
            case CHOICE -> {
                Combo c = new Combo(form, SWT.READ_ONLY);
                c.setItems(p.choices().toArray(String[]::new));
                c.setText((String) value);
                c.addListener(SWT.Selection, e -> apply(p, c.getText()));
                return c;
            }
            case INTEGER -> {
                Spinner s = new Spinner(form, SWT.BORDER);
                s.setMinimum((int) p.min());
                s.setMaximum((int) p.max());
                s.setSelection((Integer) value);
                s.addListener(SWT.Modify, e -> apply(p, s.getSelection()));
                return s;
            }
            default -> {
                Text t = new Text(form, SWT.BORDER);
                t.setText(format((Double) value));
                GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(t);
                t.addListener(SWT.Modify, e -> apply(p, t.getText()));
                return t;
            }
        }
    }

    private void apply(HyperParam p, Object value) {
        if (updating) {
            return;
        }
        ControlDecoration d = decorations.get(p.key());
        try {
            OptimizerConfig c = current().with(p.key(), value);
            session.setOptimizer(selected, c);
            d.hide();
            Scale s = sliders.get(p.key());
            if (s != null && !s.isFocusControl()) {
                s.setSelection(p.key().equals("lr") ? lrPosition(c.number(p.key())) : (int) Math.round(1000 * c.number(p.key())));
            }
            list.getItem(selected).setText("■ " + TraceSeries.name(selected, c));
            showWdNote();
            showNote();
            changed.run();
        } catch (IllegalArgumentException e) {
            d.setDescriptionText(e.getMessage());
            d.show();
        }
    }

    /** Says beside wd whether the decay is multiplied by the learning rate (the setting wd-lr). */
    private void showWdNote() {
        if (wdNote != null && !wdNote.isDisposed()) {
            wdNote.setText(Boolean.TRUE.equals(current().values().get("wd-lr")) ? WD_LR_NOTE : WD_NOTE);
            wdNote.getParent().layout(new Control[] {wdNote});
        }
    }

    /** The line under the learning rate: its stability limit on {@code p} where a closed form gives one, else empty. */
    public Label limitLabel() {
        return limit;
    }

    /** Writes the selected optimizer's stability limit on {@code p} (null: the problem does not parse) under its rate. */
    public void showLimit(Problem p) {
        problem = p;
        if (limit == null || limit.isDisposed()) {
            return;
        }
        OptimizerConfig c = current();
        var lim = p == null ? java.util.Optional.<StabilityLimit>empty() : StabilityLimit.of(p);
        String text = lim.map(l -> l.describe(c)).orElse("");
        boolean past = lim.isPresent() && lim.get().forOptimizer(c).isPresent() && c.lr() >= lim.get().forOptimizer(c).getAsDouble();
        limit.setForeground(limit.getDisplay().getSystemColor(past ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        if (!text.equals(limit.getText())) {
            limit.setText(text);
            limit.setToolTipText(text.isEmpty() ? null : "on a quadratic every eigenmode of curvature h is multiplied by 1 − ηh per step");
            form.layout(true, true);
        }
    }

    private void showNote() {
        OptimizerConfig c = current();
        OptimizerSteps service = compute.get();
        if (service == null) {
            note.setText(Optimizers.summary(c.name()) + "\n\nThe compute service is not installed: the engine steps it.");
            return;
        }
        UpdaterMatch m = ComputeTraces.match(service, c);
        note.setText(Optimizers.summary(c.name()) + "\n\n" + service.backendNote(c.name())
                + "\n\nWith these settings the compute service steps it with: " + m.stepper() + " (" + m.reason() + ").");
    }

    public static int lrPosition(double lr) {
        if (!(lr > 0)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(LR_STEPS, Math.round((Math.log10(lr) + 5) / 6 * LR_STEPS)));
    }

    public static double lrAt(int position) {
        double v = Math.pow(10, -5 + 6.0 * position / LR_STEPS);
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }

    public static String format(double v) {
        return nnwb.core.Numbers.editable(v);
    }
}
