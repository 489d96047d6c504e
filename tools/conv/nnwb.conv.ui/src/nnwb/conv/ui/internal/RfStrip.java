package nnwb.conv.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import nnwb.core.conv.RfReport;
import nnwb.core.conv.RfStep;

/**
 * A strip of input cells (top) and output cells (bottom, spaced by the jump) of a layer stack; the chosen output
 * cell's receptive field is highlighted in the input. Clicking an output cell chooses it.
 */
public final class RfStrip {

    private static final int CELL = 16;
    private final Canvas canvas;
    private final Color field;
    private final Color plain;
    private final Color chosen;
    private RfReport report;
    private long output;
    private Consumer<Long> onSelect = o -> { };

    public RfStrip(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData("nnwb.layout.smallByDesign", Boolean.TRUE); // a strip, one row of cells
        LocalResourceManager r = new LocalResourceManager(JFaceResources.getResources(), canvas);
        field = r.create(ColorDescriptor.createFrom(new RGB(255, 170, 150)));
        plain = r.create(ColorDescriptor.createFrom(new RGB(210, 226, 250)));
        chosen = r.create(ColorDescriptor.createFrom(new RGB(230, 80, 80)));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::click);
    }

    public Canvas control() {
        return canvas;
    }

    public void onSelect(Consumer<Long> listener) {
        onSelect = listener;
    }

    /** Shows output cell {@code o}'s field for the stack, or nothing when the report is null or invalid. */
    public void show(RfReport r, long o) {
        report = r != null && r.valid() ? r : null;
        output = Math.max(0, o);
        canvas.redraw();
    }

    /** First and last input index of the chosen output cell's field. */
    public long[] highlighted() {
        RfStep s = report.total();
        return new long[] {s.firstInputIndex(output), s.lastInputIndex(output)};
    }

    private long firstShown() {
        return Math.min(0, highlighted()[0]);
    }

    private void paint(Event e) {
        if (report == null) {
            return;
        }
        GC gc = e.gc;
        long[] h = highlighted();
        long first = firstShown();
        int cells = canvas.getSize().x / CELL;
        for (int i = 0; i < cells; i++) {
            long index = first + i;
            gc.setBackground(index >= h[0] && index <= h[1] ? field : plain);
            gc.fillRectangle(i * CELL, 6, CELL, CELL);
            gc.drawRectangle(i * CELL, 6, CELL, CELL);
        }
        RfStep s = report.total();
        for (long o = 0; ; o++) {
            int x = (int) ((s.centre(o) - first) * CELL) - CELL / 2;
            if (x > canvas.getSize().x) {
                break;
            }
            gc.setBackground(o == output ? chosen : plain);
            gc.fillRectangle(x, 40, CELL, CELL);
            gc.drawRectangle(x, 40, CELL, CELL);
        }
        gc.drawText("input index " + first + " at the left; output cell " + output + " sees input " + h[0] + " .. " + h[1]
                + " (negative or beyond the input: padding)", 4, 24, true);
    }

    private void click(Event e) {
        if (report == null) {
            return;
        }
        RfStep s = report.total();
        double centre = (double) e.x / CELL + firstShown();
        long o = Math.max(0, Math.round((centre - s.start()) / s.jump()));
        if (e.y >= 36) {
            onSelect.accept(o);
        }
    }
}
