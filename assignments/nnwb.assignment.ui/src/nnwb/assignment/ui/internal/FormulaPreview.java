package nnwb.assignment.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.Limits;

/**
 * The live typeset preview of a formula answer, on a line reserved at a fixed height whether it shows a formula, why
 * the formula cannot be read yet, or nothing: typing never moves the fields below it. A formula taller than the line
 * is scaled down to it. Typesetting runs in a job; only the latest request is shown.
 */
final class FormulaPreview {

    private final Label label;
    private final FormulaChecker checker;
    private final int height;
    private Image image;
    private int generation;

    /** A preview line spanning {@code span} columns of {@code parent}'s grid. */
    FormulaPreview(Composite parent, FormulaChecker checker, int span, String partId) {
        this.checker = checker;
        label = new Label(parent, SWT.NONE);
        label.setData("nnwb.preview", partId);
        height = Math.round(pixels() * 2.4f) + 4;
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(SWT.DEFAULT, height).applyTo(label);
        label.addDisposeListener(e -> disposeImage());
    }

    /** The formula a part's answer is typeset as: its checker, or the sheet's own key inside a convention checker. */
    static FormulaChecker formula(Checker c) {
        if (c instanceof FormulaChecker f) {
            return f;
        }
        return c instanceof ConventionChecker cc && cc.sheet() instanceof FormulaChecker f ? f : null;
    }

    Label label() {
        return label;
    }

    /** Whether it shows a typeset formula (not an error or nothing). */
    boolean typeset() {
        return image != null && label.getImage() == image;
    }

    /** Typesets {@code typed} in the background and shows it (blank: nothing). */
    void request(String typed) {
        int gen = ++generation;
        RGB colour = label.getParent().getForeground().getRGB();
        float pixels = pixels();
        if (typed.isBlank()) {
            show(null, "");
            return;
        }
        Job job = Job.create("Typesetting your formula", monitor -> {
            String error = "";
            MathImages.Typeset t = null;
            try {
                t = MathImages.typeset(checker.preview(typed, Limits.DEFAULT), true, pixels, colour);
                if (!t.ok()) {
                    error = "cannot typeset: " + t.error();
                }
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
            MathImages.Typeset done = t;
            String why = error;
            if (!label.isDisposed()) {
                label.getDisplay().asyncExec(() -> {
                    if (!label.isDisposed() && gen == generation) {
                        show(done != null && done.ok() ? done : null, why);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(120);
    }

    private float pixels() {
        return label.getFont().getFontData()[0].getHeight() * label.getDisplay().getDPI().y / 72f * 1.3f;
    }

    private void show(MathImages.Typeset t, String error) {
        disposeImage();
        if (t != null) {
            ImageData d = t.data();
            if (d.height > height) {
                d = d.scaledTo(Math.max(1, d.width * height / d.height), height);
            }
            image = new Image(label.getDisplay(), d);
            label.setText("");
            label.setToolTipText(null);
            label.setImage(image);
        } else {
            label.setImage(null);
            label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            String text = error.isEmpty() ? "" : "Cannot read this formula yet: " + error;
            label.setText(text.replace("&", "&&"));
            label.setToolTipText(text.isEmpty() ? null : text);
        }
    }

    private void disposeImage() {
        if (image != null) {
            if (!label.isDisposed()) {
                label.setImage(null);
            }
            image.dispose();
            image = null;
        }
    }
}
