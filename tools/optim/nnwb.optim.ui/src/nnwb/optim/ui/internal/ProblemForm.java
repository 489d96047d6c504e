package nnwb.optim.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;

import nnwb.core.optim.problem.ProblemOption;
import nnwb.core.optim.problem.Problems;

/**
 * The problem chooser with the chosen problem's options (a rate slider for dropout's p) and the settings
 * every optimizer shares: steps, batch, seed, noise. Edits go to the session; bad values get a field
 * decoration and the view's status line says why.
 */
public final class ProblemForm {

    private final OptimSession session;
    private final Runnable changed;
    private final Group group;
    private final Combo problem;
    private final Composite options;
    private final Map<String, Text> optionFields = new LinkedHashMap<>();
    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
    private Scale rate;
    private final Text steps;
    private final Text batch;
    private final Text seed;
    private final Text noise;
    private boolean updating;

    ProblemForm(Composite parent, OptimSession session, Runnable changed) {
        this.session = session;
        this.changed = changed;
        group = new Group(parent, SWT.NONE);
        group.setText("Problem");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        Label problemLabel = new Label(group, SWT.NONE);
        problemLabel.setText("loss");
        // on the label: a combo's tooltip covers the list it opens
        problemLabel.setToolTipText("the loss every optimizer minimises");
        problem = new Combo(group, SWT.READ_ONLY);
        problem.setItems(Problems.names().toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
        problem.addListener(SWT.Selection, e -> {
            if (!updating) {
                session.setProblem(problem.getText());
                buildOptions();
                changed.run();
            }
        });
        options = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(options);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(options);
        Label shared = new Label(group, SWT.WRAP);
        shared.setText("Shared by every optimizer:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(shared);
        steps = setting("steps", "step budget (0 to 1,000,000)");
        batch = setting("batch", "mini-batch size; 0 = exact gradient");
        seed = setting("seed", "seed of the mini-batches and noise");
        noise = setting("noise", "standard deviation of Gaussian noise added to each gradient component");
        refresh();
    }

    public Control control() {
        return group;
    }

    public Combo problemCombo() {
        return problem;
    }

    /** The field of problem option {@code key} (null when the problem has none). */
    public Text optionField(String key) {
        return optionFields.get(key);
    }

    public Scale rateSlider() {
        return rate;
    }

    public Text stepsField() {
        return steps;
    }

    public Text batchField() {
        return batch;
    }

    public Text seedField() {
        return seed;
    }

    public Text noiseField() {
        return noise;
    }

    private Text setting(String name, String help) {
        Label l = new Label(group, SWT.NONE);
        l.setText(name);
        Text t = new Text(group, SWT.BORDER);
        t.setToolTipText(help);
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(t);
        decorations.put("setting:" + name, decoration(t));
        t.addListener(SWT.Modify, e -> {
            if (!updating) {
                readSetting(name, t);
            }
        });
        return t;
    }

    private void readSetting(String name, Text t) {
        String s = t.getText().strip();
        ControlDecoration d = decorations.get("setting:" + name);
        try {
            switch (name) {
                case "steps" -> session.setSteps(Integer.parseInt(s));
                case "batch" -> session.setBatch(Integer.parseInt(s));
                case "seed" -> session.setSeed(Long.parseLong(s));
                default -> {
                    double v = Double.parseDouble(s);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    session.setNoise(v);
                }
            }
            d.hide();
            changed.run();
        } catch (NumberFormatException e) {
            d.setDescriptionText(name + " must be " + (name.equals("noise") ? "a number" : "a whole number") + ", got '" + s + "'");
            d.show();
        }
    }

    /**
     * Puts a start moved on the plot into the start field, the start's one source, and the session (without re-tracing);
     * false where the problem has no start option.
     */
    public boolean setStart(String text) {
        Text t = optionFields.get("start");
        if (t == null) {
            return false;
        }
        updating = true;
        try {
            t.setText(text);
        } finally {
            updating = false;
        }
        session.setProblemOption("start", text);
        return true;
    }

    /** Shows the session's values (after a preset was opened or an action changed them). */
    public void refresh() {
        updating = true;
        try {
            problem.setText(session.problem());
            buildOptions();
            steps.setText(Integer.toString(session.steps()));
            batch.setText(Integer.toString(session.batch()));
            seed.setText(Long.toString(session.seed()));
            noise.setText(nnwb.core.Numbers.editable(session.noise()));
            decorations.values().forEach(ControlDecoration::hide);
        } finally {
            updating = false;
        }
    }

    private void buildOptions() {
        boolean was = updating;
        updating = true;
        try {
            rebuildOptions();
        } finally {
            updating = was;
        }
    }

    private void rebuildOptions() {
        optionFields.keySet().forEach(k -> {
            ControlDecoration d = decorations.remove("option:" + k);
            if (d != null) {
                d.dispose();
            }
        });
        for (Control c : options.getChildren()) {
            c.dispose();
        }
        optionFields.clear();
        rate = null;
        for (ProblemOption o : Problems.options(session.problem())) {
            Label l = new Label(options, SWT.NONE);
            l.setText(o.key());
            l.setToolTipText(o.help());
            Text t = new Text(options, SWT.BORDER);
            t.setToolTipText(o.help() + (o.defaultText().isEmpty() ? "" : " (default " + o.defaultText() + ")"));
            t.setMessage(o.defaultText().isEmpty() ? "default" : o.defaultText());
            String typed = session.problemOptions().get(o.key());
            t.setText(typed != null ? typed : o.defaultText());
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(t);
            decorations.put("option:" + o.key(), decoration(t));
            optionFields.put(o.key(), t);
            t.addListener(SWT.Modify, e -> {
                if (!updating) {
                    session.setProblemOption(o.key(), t.getText());
                    syncRate();
                    changed.run();
                }
            });
            if (session.problem().equals("dropout-least-squares") && o.key().equals("p")) {
                new Label(options, SWT.NONE).setText("rate p");
                rate = new Scale(options, SWT.HORIZONTAL);
                rate.setMinimum(0);
                rate.setMaximum(950);
                rate.setIncrement(10);
                rate.setPageIncrement(50);
                rate.setToolTipText("dropout rate p from 0 to 0.95");
                GridDataFactory.fillDefaults().grab(true, false).applyTo(rate);
                rate.addListener(SWT.Selection, e -> {
                    t.setText(Contours.label(rate.getSelection() / 1000.0));
                });
                syncRate();
            }
        }
        options.layout(true, true);
        group.layout(true, true);
        if (group.getParent() != null) {
            group.getParent().layout(true, true);
        }
    }

    private void syncRate() {
        Text t = optionFields.get("p");
        if (rate != null && t != null) {
            try {
                rate.setSelection((int) Math.round(1000 * Double.parseDouble(t.getText().strip())));
            } catch (NumberFormatException e) {
                // the field's decoration says why
            }
        }
    }

    /** Marks the field an engine message names ("problem: KEY ..."), or none; returns whether one was marked. */
    public boolean showError(String message) {
        decorations.entrySet().stream().filter(e -> e.getKey().startsWith("option:")).forEach(e -> e.getValue().hide());
        String prefix = session.problem() + ": ";
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : "";
        String word = rest.split("[ ']", 2)[0];
        if (message.contains("has no option") || message.startsWith(session.problem() + " has")) {
            return false;
        }
        for (String key : optionFields.keySet()) {
            if (key.equals(word)) {
                ControlDecoration d = decorations.get("option:" + key);
                d.setDescriptionText(message);
                d.show();
                return true;
            }
        }
        return false;
    }

    /** Hides every option decoration (the problem is valid). */
    public void clearErrors() {
        decorations.entrySet().stream().filter(e -> e.getKey().startsWith("option:")).forEach(e -> e.getValue().hide());
    }

    public static ControlDecoration decoration(Control c) {
        ControlDecoration d = new ControlDecoration(c, SWT.LEFT | SWT.TOP);
        d.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        d.hide();
        return d;
    }
}
