package nnwb.optim.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceResult;

/** What the contour plot draws over the traces: the iterates at the chosen step and the start being dragged. */
final class StepMarkers {

    private StepMarkers() {
    }

    /**
     * A ring per optimizer around its iterate at {@code step} (-1: none; a trace that ended earlier: at its last point),
     * and a black circle where the start is being dragged to ({@code dragPoint}, null: none) before the traces from
     * there arrive.
     */
    static void draw(GC gc, PlotFrame f, TraceResult result, int step, double[] dragPoint) {
        Display d = Display.getCurrent();
        for (int i = 0; step >= 0 && i < result.traces().size(); i++) {
            Trace t = result.traces().get(i);
            int n = TraceSeries.drawnLength(t);
            if (n == 0) {
                continue;
            }
            int s = Math.min(step, n - 1);
            int x = f.x(t.paramSeries(0)[s]);
            int y = f.y(t.paramSeries(1)[s]);
            gc.setBackground(d.getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(x - 7, y - 7, 15, 15);
            gc.setForeground(Palette.color(d, i));
            gc.setLineWidth(4);
            gc.drawOval(x - 6, y - 6, 13, 13);
            gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(1);
            gc.drawOval(x - 8, y - 8, 17, 17);
        }
        if (dragPoint != null) {
            gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawOval(f.x(dragPoint[0]) - 7, f.y(dragPoint[1]) - 7, 14, 14);
            gc.setLineWidth(1);
        }
    }
}
