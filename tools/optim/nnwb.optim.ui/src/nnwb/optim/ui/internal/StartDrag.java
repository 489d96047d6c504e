package nnwb.optim.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Moving the start point on the contour plot: whether a press hits the start marker, which point a drag to a pixel
 * means (inside the plotted region, rounded to a thousandth of the plotted span so that the start field reads
 * cleanly), a keyboard nudge, and the text the start field gets. Display-free.
 */
public final class StartDrag {

    /** A press this many pixels or fewer from the start marker's centre grabs it. */
    public static final int GRAB_RADIUS = 10;
    /** A keyboard nudge moves the start by this fraction of the plotted span. */
    public static final double NUDGE = 0.02;

    private StartDrag() {
    }

    /** Whether pixel ({@code px}, {@code py}) is on or near the marker of {@code start}. */
    public static boolean hits(PlotFrame f, double[] start, int px, int py) {
        return Math.hypot(f.x(start[0]) - px, f.y(start[1]) - py) <= GRAB_RADIUS;
    }

    /** The start a drag to pixel ({@code px}, {@code py}) sets: held inside the plot, rounded to the plot's resolution. */
    public static double[] pointAt(PlotFrame f, int px, int py) {
        double[] p = f.clampedPoint(px, py);
        double[] b = f.box();
        return new double[] {round(p[0], b[1] - b[0]), round(p[1], b[3] - b[2])};
    }

    /** {@code start} moved by {@code dx}, {@code dy} nudges (each {@value #NUDGE} of the span), held inside the plot. */
    public static double[] nudge(PlotFrame f, double[] start, int dx, int dy) {
        double[] b = f.box();
        double x = Math.max(b[0], Math.min(b[1], start[0] + dx * NUDGE * (b[1] - b[0])));
        double y = Math.max(b[2], Math.min(b[3], start[1] + dy * NUDGE * (b[3] - b[2])));
        return new double[] {round(x, b[1] - b[0]), round(y, b[3] - b[2])};
    }

    /** {@code v} rounded to the power of ten at or below a thousandth of {@code span}. */
    static double round(double v, double span) {
        int digits = (int) Math.max(0, Math.min(12, 3 - Math.floor(Math.log10(Math.max(span, 1e-12)))));
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** The start field's text for point {@code p}: {@code "0.5,-1.25"}. */
    public static String text(double[] p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            sb.append(i > 0 ? "," : "").append(BigDecimal.valueOf(p[i]).stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }
}
