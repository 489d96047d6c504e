package nnwb.optim.ui.internal;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * Moving the start on the contour plot, by mouse and keyboard: pressing on or near the start marker and dragging moves
 * it (the box held still meanwhile), releasing keeps it; Shift+arrow keys nudge it by {@value StartDrag#NUDGE} of the
 * plotted span. Every move goes to {@code moved} with whether it is final (released or nudged).
 */
final class ContourInput {

    private final ContourCanvas contours;
    private final BooleanSupplier draggable;
    private final BiConsumer<double[], Boolean> moved;
    private boolean dragging;

    /** Listens on {@code contours}; only while {@code draggable} holds (the problem has a start option). */
    ContourInput(ContourCanvas contours, BooleanSupplier draggable, BiConsumer<double[], Boolean> moved) {
        this.contours = contours;
        this.draggable = draggable;
        this.moved = moved;
        Canvas c = contours.control();
        c.addListener(SWT.MouseDown, this::down);
        c.addListener(SWT.MouseMove, this::move);
        c.addListener(SWT.MouseUp, this::up);
        c.addListener(SWT.KeyDown, this::key);
        c.addListener(SWT.FocusIn, e -> c.redraw());
        c.addListener(SWT.FocusOut, e -> c.redraw());
        c.addListener(SWT.Traverse, e -> {
            // arrows step and nudge here; Tab leaves the plot
            e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS || e.detail == SWT.TRAVERSE_ESCAPE;
        });
    }

    /** Moves go to {@code form}'s start field (the start's one source), then {@code retrace} runs; only where it has one. */
    static ContourInput toStartField(ContourCanvas contours, ProblemForm form, Runnable retrace) {
        return new ContourInput(contours, () -> form.optionField("start") != null, (p, released) -> {
            if (form.setStart(StartDrag.text(p))) {
                retrace.run();
            }
        });
    }

    /** Whether the start is being dragged. */
    boolean dragging() {
        return dragging;
    }

    private void down(Event e) {
        contours.control().setFocus();
        PlotFrame f = contours.frame();
        double[] start = contours.start();
        if (e.button == 1 && f != null && start != null && start.length == 2 && draggable.getAsBoolean()
                && StartDrag.hits(f, start, e.x, e.y)) {
            dragging = true;
            contours.freezeBox(true);
        }
    }

    private void move(Event e) {
        PlotFrame f = contours.frame();
        if (f == null) {
            return;
        }
        if (dragging) {
            double[] p = StartDrag.pointAt(f, e.x, e.y);
            contours.setDragPoint(p);
            moved.accept(p, false);
            return;
        }
        double[] start = contours.start();
        boolean over = start != null && start.length == 2 && draggable.getAsBoolean() && StartDrag.hits(f, start, e.x, e.y);
        contours.control().setCursor(over ? contours.control().getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
    }

    private void up(Event e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        double[] p = StartDrag.pointAt(contours.frame(), e.x, e.y);
        contours.setDragPoint(p);
        contours.freezeBox(false);
        moved.accept(p, true);
    }

    private void key(Event e) {
        if ((e.stateMask & SWT.SHIFT) == 0 || !draggable.getAsBoolean()) {
            return;
        }
        int dx = e.keyCode == SWT.ARROW_RIGHT ? 1 : e.keyCode == SWT.ARROW_LEFT ? -1 : 0;
        int dy = e.keyCode == SWT.ARROW_UP ? 1 : e.keyCode == SWT.ARROW_DOWN ? -1 : 0;
        PlotFrame f = contours.frame();
        double[] start = contours.start();
        if ((dx != 0 || dy != 0) && f != null && start != null && start.length == 2) {
            e.doit = false;
            moved.accept(StartDrag.nudge(f, start, dx, dy), true);
        }
    }
}
