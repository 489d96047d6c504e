package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import nnwb.core.optim.LossGrid;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.problem.Problem;

/**
 * Trajectories of several optimizers over the loss contours of a 2-parameter problem, with equal scales
 * on both axes (so orthogonality, e.g. of the null space, looks right), the closed forms dashed and the
 * problem's closed-form marks ({@link Overlays}). Colours are system colours (the charts' palette); the
 * only resource it makes, the shaded loss image, is disposed with the canvas.
 */
public final class ContourCanvas {

    /** Grid points per side of the sampled loss. */
    public static final int GRID = 140;

    private final Canvas canvas;
    private Problem problem;
    private TraceResult result;
    private List<Overlays.Mark> marks = List.of();
    private double[] box;
    private LossGrid grid;
    private double[] levels = new double[0];
    private List<List<double[]>> segments = List.of();
    private Image shade;
    private boolean boxFrozen;
    private int step = -1;
    private double[] dragPoint;

    public ContourCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> {
            Point s = canvas.getSize();
            paint(e.gc, s.x, s.y);
            if (canvas.isFocusControl()) { // the keys step and nudge here (not drawn into exported images)
                e.gc.drawFocus(1, 1, s.x - 2, s.y - 2);
            }
        });
        canvas.addDisposeListener(e -> disposeShade());
    }

    public Canvas control() {
        return canvas;
    }

    /** The view box {xmin, xmax, ymin, ymax} in problem coordinates, or null before data. */
    public double[] box() {
        return box == null ? null : box.clone();
    }

    /** The sampled loss behind the contours. */
    public LossGrid grid() {
        return grid;
    }

    /** The marks drawn. */
    public List<Overlays.Mark> marks() {
        return marks;
    }

    /** The traces drawn. */
    public TraceResult result() {
        return result;
    }

    /** The frame of the plot at the canvas's size, or null before data. */
    public PlotFrame frame() {
        if (box == null) {
            return null;
        }
        Point s = canvas.getSize();
        return new PlotFrame(box, s.x, s.y);
    }

    /** The start the traces shown share, or null before data. */
    public double[] start() {
        return result == null ? null : result.settings().start();
    }

    /**
     * Holds the view box while the start is dragged (the plot does not move under the pointer); false frees it for the
     * next traces shown, which also clear the dragged point's circle.
     */
    public void freezeBox(boolean frozen) {
        boxFrozen = frozen;
    }

    /** Circles the point the start is being dragged to; null clears it. */
    public void setDragPoint(double[] p) {
        dragPoint = p == null ? null : p.clone();
        canvas.redraw();
    }

    /** Marks every optimizer's iterate at step {@code k} (-1: none). */
    public void setStep(int k) {
        step = k;
        canvas.redraw();
    }

    /** The step marked, or -1. */
    public int step() {
        return step;
    }

    /** Shows {@code r} on {@code p}; the contours are resampled only when the problem or the box changes. */
    public void setData(Problem p, TraceResult r) {
        double[] nb = boxFrozen && box != null && p == problem ? box : bounds(p, r);
        boolean resample = p != problem || box == null || !java.util.Arrays.equals(nb, box);
        problem = p;
        result = r;
        if (!boxFrozen) {
            dragPoint = null;
        }
        marks = Overlays.of(p, r);
        if (resample) {
            box = nb;
            grid = LossGrid.sample(p, box[0], box[1], box[2], box[3], GRID, GRID);
            levels = Contours.levels(grid, 14);
            List<List<double[]>> segs = new ArrayList<>();
            for (double l : levels) {
                segs.add(Contours.segments(grid, l));
            }
            segments = segs;
            disposeShade();
        }
        canvas.redraw();
    }

    /**
     * A box around the start, the known minimiser and the trace points, made square-ish and padded by 10%;
     * points further than four times the start's distance to the minimum (diverging traces) do not widen it.
     */
    static double[] bounds(Problem p, TraceResult r) {
        double[] s = r.settings().start();
        double[] m = p.solutionSet().map(x -> x.minNorm()).or(p::minimiser).orElse(s);
        double x0 = Math.min(s[0], m[0]);
        double x1 = Math.max(s[0], m[0]);
        double y0 = Math.min(s[1], m[1]);
        double y1 = Math.max(s[1], m[1]);
        double reach = 4 * Math.max(1, Math.hypot(s[0] - m[0], s[1] - m[1]));
        for (Trace t : r.traces()) {
            double[] xs = t.paramSeries(0);
            double[] ys = t.paramSeries(1);
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && Math.hypot(xs[i] - m[0], ys[i] - m[1]) <= reach) {
                    x0 = Math.min(x0, xs[i]);
                    x1 = Math.max(x1, xs[i]);
                    y0 = Math.min(y0, ys[i]);
                    y1 = Math.max(y1, ys[i]);
                }
            }
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-6);
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double half = 0.6 * span;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    /** Draws everything into {@code gc} over a {@code w×h} area (the canvas, or an image being exported). */
    public void paint(GC gc, int w, int h) {
        Display d = canvas.getDisplay();
        gc.setBackground(d.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, w, h);
        if (box == null || result == null) {
            gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("No 2-parameter problem to draw.", 10, 10, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        PlotFrame f = new PlotFrame(box, w, h);
        if (shade == null || shade.isDisposed()) {
            shade = new Image(d, shadeData());
        }
        org.eclipse.swt.graphics.Rectangle ib = shade.getBounds();
        gc.drawImage(shade, 0, 0, ib.width, ib.height, f.left(), f.top(), f.size(), f.size());
        gc.setForeground(d.getSystemColor(SWT.COLOR_GRAY));
        gc.setLineWidth(1);
        for (List<double[]> level : segments) {
            for (double[] s : level) {
                gc.drawLine(f.x(s[0]), f.y(s[1]), f.x(s[2]), f.y(s[3]));
            }
        }
        axes(gc, f, d);
        gc.setClipping(f.left(), f.top(), f.size() + 1, f.size() + 1);
        for (Overlays.Mark m : marks) {
            mark(gc, f, d, m);
        }
        int count = result.traces().size();
        for (int i = 0; i < count; i++) {
            // earlier traces are drawn wider, so a later one running over the same path leaves them visible
            trace(gc, f, result.traces().get(i), Palette.color(d, i), Math.min(11, 2 + 3 * (count - 1 - i)));
        }
        StepMarkers.draw(gc, f, result, step, dragPoint);
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        legend(gc, f, d);
    }

    private void trace(GC gc, PlotFrame f, Trace t, Color c, int width) {
        int n = TraceSeries.drawnLength(t);
        double[] xs = t.paramSeries(0);
        double[] ys = t.paramSeries(1);
        gc.setForeground(c);
        gc.setBackground(c);
        if (t.hasClosedForm()) {
            double[] cx = t.closedFormSeries(0);
            double[] cy = t.closedFormSeries(1);
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawPolyline(polyline(f, cx, cy, n));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setLineWidth(width);
        gc.drawPolyline(polyline(f, xs, ys, n));
        gc.setLineWidth(1);
        if (n > 0) {
            gc.fillOval(f.x(xs[n - 1]) - 4, f.y(ys[n - 1]) - 4, 9, 9);
            gc.drawOval(f.x(xs[0]) - 4, f.y(ys[0]) - 4, 8, 8);
        }
        if (n > 0 && t.finalState().diverged()) { // a cross where it diverged
            int x = f.x(xs[n - 1]);
            int y = f.y(ys[n - 1]);
            gc.setLineWidth(3);
            gc.drawLine(x - 8, y - 8, x + 8, y + 8);
            gc.drawLine(x - 8, y + 8, x + 8, y - 8);
            gc.setLineWidth(1);
        }
    }

    /** Screen points of the first n values, one per pixel column change at most (a 10,000-step trace stays cheap). */
    private static int[] polyline(PlotFrame f, double[] xs, double[] ys, int n) {
        int[] pts = new int[2 * n];
        int k = 0;
        int lx = Integer.MIN_VALUE;
        int ly = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int x = f.x(xs[i]);
            int y = f.y(ys[i]);
            if (x != lx || y != ly || i == n - 1) {
                pts[k++] = x;
                pts[k++] = y;
                lx = x;
                ly = y;
            }
        }
        return java.util.Arrays.copyOf(pts, k);
    }

    private void mark(GC gc, PlotFrame f, Display d, Overlays.Mark m) {
        switch (m.kind()) {
            case POINT -> {
                gc.setBackground(d.getSystemColor(SWT.COLOR_BLACK));
                int x = f.x(m.a()[0]);
                int y = f.y(m.a()[1]);
                gc.fillRectangle(x - 4, y - 4, 9, 9);
            }
            case LINE -> {
                double[] a = m.a();
                double[] dir = m.b();
                double len = 10 * (box[1] - box[0]) / Math.max(1e-12, Math.hypot(dir[0], dir[1]));
                gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(1);
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawLine(f.x(a[0] - len * dir[0]), f.y(a[1] - len * dir[1]), f.x(a[0] + len * dir[0]), f.y(a[1] + len * dir[1]));
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            case ARROW -> {
                Color c = Palette.color(d, m.trace());
                gc.setForeground(c);
                gc.setBackground(c);
                gc.setLineWidth(3);
                int x0 = f.x(m.a()[0]);
                int y0 = f.y(m.a()[1]);
                int x1 = f.x(m.b()[0]);
                int y1 = f.y(m.b()[1]);
                gc.drawLine(x0, y0, x1, y1);
                double ang = Math.atan2(y1 - y0, x1 - x0);
                int[] head = {x1, y1, (int) (x1 - 10 * Math.cos(ang - 0.4)), (int) (y1 - 10 * Math.sin(ang - 0.4)),
                    (int) (x1 - 10 * Math.cos(ang + 0.4)), (int) (y1 - 10 * Math.sin(ang + 0.4))};
                gc.fillPolygon(head);
                gc.setLineWidth(1);
            }
        }
    }

    private void axes(GC gc, PlotFrame f, Display d) {
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(f.left(), f.top(), f.size(), f.size());
        List<String> names = result.settings().paramNames();
        int fh = gc.getFontMetrics().getHeight();
        for (double t : Contours.ticks(box[0], box[1], 6)) {
            int x = f.x(t);
            gc.drawLine(x, f.top() + f.size(), x, f.top() + f.size() + 4);
            String s = Contours.label(t);
            gc.drawText(s, x - gc.textExtent(s).x / 2, f.top() + f.size() + 5, true);
        }
        for (double t : Contours.ticks(box[2], box[3], 6)) {
            int y = f.y(t);
            gc.drawLine(f.left() - 4, y, f.left(), y);
            String s = Contours.label(t);
            gc.drawText(s, f.left() - 6 - gc.textExtent(s).x, y - fh / 2, true);
        }
        gc.drawText(names.get(0), f.left() + f.size() + 8, f.top() + f.size() + 5, true);
        gc.drawText(names.get(1), f.left() - 6 - gc.textExtent(names.get(1)).x, f.top() - fh - 4, true);
    }

    private void legend(GC gc, PlotFrame f, Display d) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < result.traces().size(); i++) {
            Trace t = result.traces().get(i);
            String diverged = TraceSeries.divergedLabel(t);
            rows.add(new String[] {TraceSeries.name(i, t.config()) + (diverged == null ? "" : " ✕ " + diverged), Integer.toString(i)});
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Overlays.Mark m : marks) {
            if (m.kind() != Overlays.Kind.ARROW && seen.add(m.label())) {
                rows.add(new String[] {(m.kind() == Overlays.Kind.POINT ? "■ " : "┄ ") + m.label(), "-1"});
            } else if (m.kind() == Overlays.Kind.ARROW && seen.add(m.label())) {
                rows.add(new String[] {"→ " + m.label() + " (from X⁺t)", "-1"});
            }
        }
        if (result.traces().stream().anyMatch(Trace::hasClosedForm)) {
            rows.add(new String[] {"┄ closed form (same colour)", "-1"});
        }
        rows.add(new String[] {"○ start: drag it (Shift+arrow keys nudge)", "-1"});
        if (step >= 0) {
            rows.add(new String[] {"◎ iterates at step " + step + " (←/→ on the plot)", "-1"});
        }
        int fh = gc.getFontMetrics().getHeight();
        int x = f.left() + f.size() + 14;
        int y = f.top();
        for (String[] r : rows) {
            int idx = Integer.parseInt(r[1]);
            gc.setForeground(idx >= 0 ? Palette.color(d, idx) : d.getSystemColor(SWT.COLOR_BLACK));
            if (idx >= 0) {
                gc.setBackground(Palette.color(d, idx));
                gc.fillRectangle(x, y + fh / 2 - 2, 16, 4);
            }
            gc.drawText(r[0], x + (idx >= 0 ? 22 : 0), y, true);
            y += fh + 2;
        }
    }

    private ImageData shadeData() {
        ImageData img = new ImageData(grid.nx(), grid.ny(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        double[] v = grid.values();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double span = Math.max(hi - lo, 1e-300);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double x = v[j * grid.nx() + i];
                double t = Double.isFinite(x) ? Math.log1p(1e4 * (x - lo) / span) / Math.log1p(1e4) : 1;
                int r = (int) (255 - 60 * (1 - t));
                int g = (int) (255 - 40 * (1 - t));
                int b = 255;
                img.setPixel(i, grid.ny() - 1 - j, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    private void disposeShade() {
        if (shade != null) {
            shade.dispose();
            shade = null;
        }
    }
}
