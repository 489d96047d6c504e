package nnwb.train.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.compute.train.TensorHistogram;

/**
 * One tensor's histograms over epochs drawn offset, as TensorBoard's "offset" mode: the oldest epoch at the back
 * (top, pale), the latest in front (bottom, dark), each scaled to its own peak, on one shared value axis. The
 * colours are made for each paint and disposed after it.
 */
public final class HistogramCanvas {

    private static final int LEFT = 12;
    private static final int RIGHT = 78;
    private static final int TOP = 26;
    private static final int BOTTOM = 40;

    private final Canvas canvas;
    private List<TensorHistogram> series = List.of();
    private String title = "";
    private String axis = "value";
    private String empty = "";

    HistogramCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows {@code h} (one tensor and kind, by epoch); {@code emptyText} when it is empty. */
    void show(List<TensorHistogram> h, String heading, String xAxis, String emptyText) {
        series = List.copyOf(h);
        title = heading;
        axis = xAxis;
        empty = emptyText;
        canvas.redraw();
    }

    /** What is drawn, oldest epoch first. */
    public List<TensorHistogram> shown() {
        return series;
    }

    private void paint(GC gc) {
        var d = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(d.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.setAntialias(SWT.ON);
        gc.drawText(title, LEFT, 4, true);
        if (series.isEmpty()) {
            gc.drawText(empty, LEFT, TOP + 4, true);
            return;
        }
        int w = Math.max(10, area.width - LEFT - RIGHT);
        int h = Math.max(10, area.height - TOP - BOTTOM);
        double lo = series.stream().mapToDouble(TensorHistogram::min).min().orElse(0);
        double hi = series.stream().mapToDouble(TensorHistogram::max).max().orElse(1);
        if (!(hi > lo)) {
            double pad = Math.max(1e-3, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
        }
        int n = series.size();
        double ridge = h * (n == 1 ? 0.9 : Math.max(0.2, Math.min(0.35, 2.0 / n)));
        double step = n == 1 ? 0 : (h - ridge) / (n - 1);
        int textH = gc.textExtent("0").y;
        int labelEvery = Math.max(1, (int) Math.ceil(textH / Math.max(1e-9, step)));
        for (int k = 0; k < n; k++) {
            TensorHistogram t = series.get(k);
            double f = n == 1 ? 1 : (double) k / (n - 1);
            int base = (int) Math.round(TOP + k * step + ridge);
            int[] poly = polygon(t, lo, hi, w, base, ridge);
            Color fill = new Color(d, mix(255, 230, f), mix(226, 110, f), mix(190, 0, f));
            Color line = new Color(d, mix(200, 140, f), mix(150, 60, f), mix(110, 0, f));
            try {
                gc.setForeground(d.getSystemColor(SWT.COLOR_GRAY));
                gc.drawLine(LEFT, base, LEFT + w, base); // the epoch's baseline, also where it has no mass
                gc.setBackground(fill);
                gc.fillPolygon(poly);
                gc.setForeground(line);
                gc.drawPolyline(poly);
            } finally {
                fill.dispose();
                line.dispose();
            }
            gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            if ((n - 1 - k) % labelEvery == 0) {
                gc.drawText("epoch " + t.epoch(), LEFT + w + 6, base - textH / 2, true);
            }
        }
        int axisY = TOP + h + 2;
        gc.drawLine(LEFT, axisY, LEFT + w, axisY);
        for (double tick : ticks(lo, hi)) {
            int x = LEFT + (int) Math.round((tick - lo) / (hi - lo) * w);
            gc.drawLine(x, axisY, x, axisY + 4);
            String s = format(tick);
            Point p = gc.textExtent(s);
            gc.drawText(s, Math.max(0, Math.min(area.width - p.x, x - p.x / 2)), axisY + 5, true);
        }
        Point p = gc.textExtent(axis);
        gc.drawText(axis, LEFT + (w - p.x) / 2, axisY + 5 + textH, true);
    }

    /** The outline of {@code t}: the baseline under its range and the bin centres at their heights. */
    private static int[] polygon(TensorHistogram t, double lo, double hi, int w, int base, double ridge) {
        long[] c = t.counts();
        long peak = 1;
        for (long v : c) {
            peak = Math.max(peak, v);
        }
        if (t.binWidth() == 0) { // every value equal: a spike
            int x = x(t.min(), lo, hi, w);
            return new int[] {x - 2, base, x, base - (int) Math.round(ridge * (t.sampled() > 0 ? 1 : 0)), x + 2, base};
        }
        int[] poly = new int[2 * (c.length + 2)];
        poly[0] = x(t.min(), lo, hi, w);
        poly[1] = base;
        for (int i = 0; i < c.length; i++) {
            poly[2 * i + 2] = x(t.min() + (i + 0.5) * t.binWidth(), lo, hi, w);
            poly[2 * i + 3] = base - (int) Math.round(ridge * c[i] / peak);
        }
        poly[poly.length - 2] = x(t.max(), lo, hi, w);
        poly[poly.length - 1] = base;
        return poly;
    }

    private static int x(double v, double lo, double hi, int w) {
        return LEFT + (int) Math.round((v - lo) / (hi - lo) * w);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** About six round ticks (1, 2 or 5 times a power of ten) inside [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        double stepSize = (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
        double first = Math.ceil(lo / stepSize) * stepSize;
        int count = (int) Math.floor((hi - first) / stepSize + 1e-9) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * stepSize;
            if (Math.abs(t[i]) < stepSize * 1e-9) {
                t[i] = 0;
            }
        }
        return t;
    }

    /** A short reading: 0.25, -0.003, 1.5e-05. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s = a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "")
                : String.format(Locale.ROOT, "%.2g", v);
        return s;
    }
}
