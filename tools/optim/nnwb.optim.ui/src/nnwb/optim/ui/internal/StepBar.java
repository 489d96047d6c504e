package nnwb.optim.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;

import nnwb.core.optim.TraceResult;
import nnwb.core.optim.problem.Problem;

/**
 * Stepping through the traces under the trajectory plot: a slider, a spinner and previous/next buttons choose step k;
 * the contour plot rings every optimizer's iterate at k and the readout gives its parameters, loss and gradient norm
 * ({@link TraceSteps}). Arrow keys on the plot step too. Placed at the last step it follows new traces' last step.
 */
public final class StepBar {

    private final Composite root;
    private final ContourCanvas contours;
    private final Button prev;
    private final Scale scale;
    private final Spinner spinner;
    private final Button next;
    private final Label readout;
    private Problem problem;
    private TraceResult result;
    private int step;
    private boolean atEnd = true;

    StepBar(Composite parent, ContourCanvas contours) {
        this.contours = contours;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(root);
        new Label(root, SWT.NONE).setText("Step");
        prev = new Button(root, SWT.PUSH);
        prev.setText("◀ Previous");
        prev.setToolTipText("one step back (← on the plot)");
        prev.addListener(SWT.Selection, e -> setStep(step - 1));
        scale = new Scale(root, SWT.HORIZONTAL);
        scale.setToolTipText("the step whose iterates are ringed on the plot");
        scale.addListener(SWT.Selection, e -> setStep(scale.getSelection()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scale);
        spinner = new Spinner(root, SWT.BORDER);
        spinner.setToolTipText("the step shown (type a number)");
        spinner.addListener(SWT.Selection, e -> setStep(spinner.getSelection()));
        spinner.addListener(SWT.Modify, e -> {
            if (spinner.getSelection() != step) {
                setStep(spinner.getSelection());
            }
        });
        next = new Button(root, SWT.PUSH);
        next.setText("Next ▶");
        next.setToolTipText("one step on (→ on the plot)");
        next.addListener(SWT.Selection, e -> setStep(step + 1));
        readout = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(readout);
    }

    public Composite control() {
        return root;
    }

    public Button previousButton() {
        return prev;
    }

    public Button nextButton() {
        return next;
    }

    public Scale scale() {
        return scale;
    }

    public Spinner spinner() {
        return spinner;
    }

    /** One line per optimizer: its iterate, loss and gradient norm at the step. */
    public Label readout() {
        return readout;
    }

    /** The step shown. */
    public int step() {
        return step;
    }

    /** Steps with the keyboard while {@code c} has focus: ←/→ (↓/↑) one step, Page Up/Down ten, Home/End the ends. */
    void attachKeys(Control c) {
        c.addListener(SWT.KeyDown, this::key);
    }

    private void key(Event e) {
        if ((e.stateMask & SWT.SHIFT) != 0 || result == null) {
            return;
        }
        int k = switch (e.keyCode) {
            case SWT.ARROW_LEFT, SWT.ARROW_DOWN -> step - 1;
            case SWT.ARROW_RIGHT, SWT.ARROW_UP -> step + 1;
            case SWT.PAGE_UP -> step + 10;
            case SWT.PAGE_DOWN -> step - 10;
            case SWT.HOME -> 0;
            case SWT.END -> TraceSteps.lastStep(result);
            default -> Integer.MIN_VALUE;
        };
        if (k != Integer.MIN_VALUE) {
            e.doit = false;
            setStep(k);
        }
    }

    /** New traces of {@code p}: the step is kept (held inside them), or follows their last step. */
    void show(Problem p, TraceResult r) {
        problem = p;
        result = r;
        int last = TraceSteps.lastStep(r);
        scale.setMaximum(Math.max(1, last));
        scale.setPageIncrement(Math.max(1, last / 10));
        spinner.setMaximum(last);
        setStep(atEnd ? last : step);
    }

    /** Shows step {@code k} (held inside the traces). */
    public void setStep(int k) {
        if (result == null) {
            return;
        }
        int last = TraceSteps.lastStep(result);
        step = TraceSteps.clamp(k, result);
        atEnd = step == last;
        scale.setSelection(step);
        scale.setEnabled(last > 0);
        if (spinner.getSelection() != step) {
            spinner.setSelection(step);
        }
        prev.setEnabled(step > 0);
        next.setEnabled(step < last);
        contours.setStep(step);
        List<String> names = result.settings().paramNames();
        StringBuilder sb = new StringBuilder();
        for (TraceSteps.At a : TraceSteps.at(problem, result, step)) {
            sb.append(sb.length() > 0 ? "\n" : "").append(TraceSteps.line(TraceSeries.name(a.trace(), result.traces().get(a.trace()).config()), names, a));
        }
        readout.setText(sb.toString());
        root.layout(true);
    }
}
