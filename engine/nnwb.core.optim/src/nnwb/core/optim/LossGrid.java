package nnwb.core.optim;

import nnwb.core.optim.problem.Problem;

/**
 * The loss of a 2-parameter problem sampled on a regular grid, for contour plots.
 *
 * @param xmin   left edge
 * @param xmax   right edge
 * @param ymin   bottom edge
 * @param ymax   top edge
 * @param nx     columns
 * @param ny     rows
 * @param values row-major {@code ny×nx}: value {@code [j·nx + i]} at {@code (x_i, y_j)}
 */
public record LossGrid(double xmin, double xmax, double ymin, double ymax, int nx, int ny, double[] values) {

    /** Samples {@code problem} (2 parameters) on an {@code nx×ny} grid (2..1000 each way). */
    public static LossGrid sample(Problem problem, double xmin, double xmax, double ymin, double ymax, int nx, int ny) {
        if (problem.dimension() != 2) {
            throw new IllegalArgumentException(problem.name() + " has " + problem.dimension() + " parameters; contours need 2");
        }
        if (nx < 2 || ny < 2 || nx > 1000 || ny > 1000) {
            throw new IllegalArgumentException("grid must be between 2×2 and 1000×1000, got " + nx + "×" + ny);
        }
        if (!(xmin < xmax) || !(ymin < ymax)) {
            throw new IllegalArgumentException("grid edges must be increasing");
        }
        double[] v = new double[nx * ny];
        double[] p = new double[2];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                p[0] = xmin + (xmax - xmin) * i / (nx - 1);
                p[1] = ymin + (ymax - ymin) * j / (ny - 1);
                v[j * nx + i] = problem.loss(p);
            }
        }
        return new LossGrid(xmin, xmax, ymin, ymax, nx, ny, v);
    }

    /** A square-ish grid around every point of the traces and the known minimiser, with a 10% margin. */
    public static LossGrid around(TraceResult r, Problem problem, int n) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Trace t : r.traces()) {
            double[] xs = t.paramSeries(0);
            double[] ys = t.paramSeries(1);
            for (int i = 0; i < t.size(); i++) {
                if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                    x0 = Math.min(x0, xs[i]);
                    x1 = Math.max(x1, xs[i]);
                    y0 = Math.min(y0, ys[i]);
                    y1 = Math.max(y1, ys[i]);
                }
            }
        }
        double[] m = problem.minimiser().orElse(null);
        if (m != null) {
            x0 = Math.min(x0, m[0]);
            x1 = Math.max(x1, m[0]);
            y0 = Math.min(y0, m[1]);
            y1 = Math.max(y1, m[1]);
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-6);
        double pad = 0.1 * span;
        return sample(problem, x0 - pad, x1 + pad, y0 - pad, y1 + pad, n, n);
    }
}
