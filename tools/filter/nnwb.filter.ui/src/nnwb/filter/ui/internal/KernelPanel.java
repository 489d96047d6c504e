package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nnwb.core.Numbers;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.kernel.KernelPreset;
import nnwb.core.filter.kernel.Normalised;

/**
 * The kernel editor with its controls: size (1..15 per side, odd or even), presets (Gaussian with its sigma),
 * normalise, flip, zero, undo and redo, the kernel as text (rows or a preset name), and a status line that says
 * where the centre tap is and what the last action did.
 */
public final class KernelPanel {

    private final Composite root;
    private final KernelModel model;
    private final Spinner rows;
    private final Spinner cols;
    private final Combo preset;
    private final Spinner sigma;
    private final Text text;
    private final Label status;
    private final Label centre;
    private final Button undo;
    private final Button redo;
    private final KernelEditor editor;
    private boolean updating;

    KernelPanel(Composite parent, KernelModel model) {
        this.model = model;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 4));
        Composite size = Widgets.row(root, 5);
        Widgets.label(size, "Kernel");
        rows = Widgets.spinner(size, 1, Kernel.MAX_SIZE, 3, this::resize);
        Widgets.label(size, "x");
        cols = Widgets.spinner(size, 1, Kernel.MAX_SIZE, 3, this::resize);
        rows.setToolTipText("rows, 1..15 (odd or even)");
        cols.setToolTipText("columns, 1..15 (odd or even)");
        Widgets.fill(size, true, false, 1);

        Composite presets = Widgets.row(root, 4);
        Widgets.label(presets, "Preset");
        preset = Widgets.combo(presets, SWT.READ_ONLY, KernelPreset.keys().toArray(String[]::new), -1, this::applyPreset);
        Widgets.label(presets, "sigma");
        sigma = new Spinner(presets, SWT.BORDER);
        sigma.setDigits(1);
        sigma.setValues(10, 1, 50, 1, 1, 5);
        sigma.setToolTipText("Gaussian sigma; the size is 2*ceil(3 sigma)+1, at most 15");
        sigma.addListener(SWT.Modify, e -> {
            if (!updating && KernelPreset.GAUSSIAN.key().equals(preset.getText())) {
                applyPreset();
            }
        });
        Widgets.fill(presets, true, false, 1);

        Composite actions = Widgets.row(root, 5);
        Widgets.button(actions, "Normalise", this::normalise).setToolTipText("divide by the sum (or by the positive sum when the weights sum to 0)");
        Widgets.button(actions, "Flip", () -> model.edit(model.kernel().flipped(), "flipped"))
                .setToolTipText("rotate by 180 degrees: what true convolution slides");
        Widgets.button(actions, "Zero", () -> model.edit(Kernel.zeros(model.kernel().rows(), model.kernel().cols()), "zero"));
        undo = Widgets.button(actions, "Undo", model::undo);
        redo = Widgets.button(actions, "Redo", model::redo);
        Widgets.fill(actions, true, false, 1);

        editor = new KernelEditor(root, model);
        Widgets.fill(editor.control(), true, true, 1).setToolTipText(
                "drag a weight up or down to change it (Shift: finer); double-click or type to enter a value");
        centre = new Label(root, SWT.WRAP);
        Widgets.fill(centre, true, false, 1);

        text = new Text(root, SWT.BORDER | SWT.SINGLE);
        text.setToolTipText("the kernel as rows (-1,0,1;-2,0,2;-1,0,1, fractions like 1/9) or a preset (gaussian:sigma=2); Enter applies");
        text.addListener(SWT.DefaultSelection, e -> typed());
        Widgets.fill(text, true, false, 1);
        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 1);

        model.addListener((k, painting) -> refresh(k));
        refresh(model.kernel());
    }

    public Composite control() {
        return root;
    }

    public KernelEditor editor() {
        return editor;
    }

    public Combo presetCombo() {
        return preset;
    }

    public Spinner sigmaSpinner() {
        return sigma;
    }

    public Spinner rowsSpinner() {
        return rows;
    }

    public Spinner colsSpinner() {
        return cols;
    }

    public Text text() {
        return text;
    }

    public Label status() {
        return status;
    }

    public Button undoButton() {
        return undo;
    }

    public Button redoButton() {
        return redo;
    }

    /** Picks preset {@code key} as a user would in the combo. */
    public void choosePreset(String key) {
        preset.select(KernelPreset.keys().indexOf(key));
        Widgets.fire(preset);
    }

    private void resize() {
        if (updating) {
            return;
        }
        Kernel k = model.kernel();
        if (rows.getSelection() != k.rows() || cols.getSelection() != k.cols()) {
            model.edit(k.resized(rows.getSelection(), cols.getSelection()), "resized");
        }
    }

    private void applyPreset() {
        String key = preset.getText();
        KernelPreset.byName(key).ifPresent(p -> {
            String spec = switch (p) {
                case GAUSSIAN -> "gaussian:sigma=" + sigma.getSelection() / 10.0;
                case BOX_BLUR, IDENTITY -> p.key() + ":rows=" + rows.getSelection() + ",cols=" + cols.getSelection();
                default -> p.key();
            };
            if (spec.equals(model.source()) && p == KernelPreset.GAUSSIAN) {
                return; // the same Gaussian again (a spinner reports one change twice): keep what the status says
            }
            try {
                Kernel before = model.kernel();
                Kernel k = KernelParser.parse(spec);
                model.edit(k, spec);
                Widgets.status(status, p.key() + ": " + p.description() + resizedNote(before, k, p), false);
            } catch (IllegalArgumentException e) {
                Widgets.status(status, e.getMessage(), true);
            }
        });
    }

    /** What a preset did to the kernel's size, said where it happens: {@code ; the kernel grew from 7 x 7 to 13 x 13 ...}. */
    static String resizedNote(Kernel before, Kernel after, KernelPreset p) {
        if (before.rows() == after.rows() && before.cols() == after.cols()) {
            return "";
        }
        String how = after.rows() * after.cols() > before.rows() * before.cols() ? "grew" : "shrank";
        return "; the kernel " + how + " from " + before.rows() + " x " + before.cols() + " to " + after.rows() + " x " + after.cols()
                + (p == KernelPreset.GAUSSIAN ? " (a Gaussian's size is 2*ceil(3 sigma)+1, at most 15)" : "");
    }

    private void normalise() {
        Normalised n = Normalised.of(model.kernel());
        model.edit(n.kernel(), "normalised");
        Widgets.status(status, n.message(), false);
    }

    private void typed() {
        try {
            Kernel k = KernelParser.parse(text.getText());
            model.edit(k, "typed");
            Widgets.status(status, "kernel " + k.rows() + " x " + k.cols() + " from the text", false);
        } catch (IllegalArgumentException e) {
            Widgets.status(status, e.getMessage(), true);
        }
    }

    private void refresh(Kernel k) {
        if (root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            rows.setSelection(k.rows());
            cols.setSelection(k.cols());
            if (!text.isFocusControl()) {
                text.setText(k.toText());
            }
            if (!model.source().startsWith(preset.getText()) || preset.getText().isEmpty()) {
                if (!preset.getText().isEmpty() && status.getText().startsWith(preset.getText() + ":")) {
                    Widgets.status(status, "", false);
                }
                preset.deselectAll();
            }
            undo.setEnabled(model.canUndo());
            redo.setEnabled(model.canRedo());
            String where = "centre tap (" + k.centreRow() + ", " + k.centreCol() + ")";
            if (!k.hasMiddleTap()) {
                where += ": an even side has no middle, so the upper/left of the two middle taps is the centre (PyTorch's \"same\" padding puts the extra cell after the input)";
            }
            centre.setText(where + "; sum " + Numbers.format(k.sum()) + (k.isFlipSymmetric() ? "; equal to its flip" : ""));
            root.layout(new org.eclipse.swt.widgets.Control[] {centre});
        } finally {
            updating = false;
        }
    }
}
