package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nnwb.core.optim.LossGrid;

/**
 * Contour lines of a {@link LossGrid} by marching squares, at levels spread evenly in the logarithm of
 * the loss above its minimum on the grid (so the narrow valleys of ill-conditioned problems show), and
 * nice axis ticks. Display-free: segments are in problem coordinates.
 */
public final class Contours {

    private Contours() {
    }

    /** {@code count} levels between the grid's smallest and largest finite values, log-spaced above the minimum. */
    public static double[] levels(LossGrid g, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : g.values()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            return new double[0];
        }
        double span = hi - lo;
        double first = span * 1e-4;
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = lo + first * Math.pow(span / first, (k + 0.5) / count);
        }
        return out;
    }

    /** Line segments {x1, y1, x2, y2} of the level set {@code level}. */
    public static List<double[]> segments(LossGrid g, double level) {
        List<double[]> out = new ArrayList<>();
        int nx = g.nx();
        int ny = g.ny();
        double[] v = g.values();
        double dx = (g.xmax() - g.xmin()) / (nx - 1);
        double dy = (g.ymax() - g.ymin()) / (ny - 1);
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                double a = v[j * nx + i];
                double b = v[j * nx + i + 1];
                double c = v[(j + 1) * nx + i + 1];
                double d = v[(j + 1) * nx + i];
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
                    continue;
                }
                double x0 = g.xmin() + i * dx;
                double y0 = g.ymin() + j * dy;
                List<double[]> pts = new ArrayList<>(4);
                edge(pts, a, b, level, x0, y0, x0 + dx, y0);
                edge(pts, b, c, level, x0 + dx, y0, x0 + dx, y0 + dy);
                edge(pts, c, d, level, x0 + dx, y0 + dy, x0, y0 + dy);
                edge(pts, d, a, level, x0, y0 + dy, x0, y0);
                if (pts.size() >= 2) {
                    out.add(new double[] {pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]});
                }
                if (pts.size() == 4) {
                    out.add(new double[] {pts.get(2)[0], pts.get(2)[1], pts.get(3)[0], pts.get(3)[1]});
                }
            }
        }
        return out;
    }

    private static void edge(List<double[]> pts, double va, double vb, double level, double xa, double ya, double xb, double yb) {
        if ((va < level) == (vb < level)) {
            return;
        }
        double f = (level - va) / (vb - va);
        pts.add(new double[] {xa + f * (xb - xa), ya + f * (yb - ya)});
    }

    /** About {@code count} round tick values covering {@code [lo, hi]}. */
    public static double[] ticks(double lo, double hi, int count) {
        if (!(hi > lo)) {
            return new double[] {lo};
        }
        double raw = (hi - lo) / Math.max(1, count);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = Arrays.stream(new double[] {1, 2, 2.5, 5, 10}).map(m -> m * mag).filter(s -> s >= raw).findFirst().orElse(10 * mag);
        double first = Math.ceil(lo / step) * step;
        List<Double> l = new ArrayList<>();
        for (double t = first; t <= hi + step * 1e-9; t += step) {
            l.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A short label for a tick value. */
    public static String label(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) {
            return String.format("%.1e", v);
        }
        String s = String.format("%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
