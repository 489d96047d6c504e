package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The validation confusion matrix: true class per row, predicted per column, counts in the cells, shaded by the
 * fraction of the row (system colours with alpha; the one {@link Transform} is disposed after each paint). Up to 12
 * classes show names and counts; more (colourisation's 24) show shading only. Column headers are the full class names
 * written upwards above their columns (issue 24: "horiz", "verti" cut to five letters before).
 */
public final class ConfusionCanvas {

    private final Canvas canvas;
    private long[][] counts;
    private List<String> names = List.of();
    private String title = "Confusion matrix (validation)";
    private final List<String> drawnHeaders = new ArrayList<>();
    private final List<Rectangle> headerBounds = new ArrayList<>();

    ConfusionCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    public void show(long[][] cm, List<String> classNames, String heading) {
        counts = cm;
        names = classNames;
        title = heading;
        canvas.redraw();
    }

    public long[][] counts() {
        return counts;
    }

    /** The column headers as last painted (full class names), for tests. */
    public List<String> drawnHeaders() {
        return List.copyOf(drawnHeaders);
    }

    /** Where each column header was last painted, in the canvas's coordinates (upright bounds of the rotated text). */
    public List<Rectangle> headerBounds() {
        return List.copyOf(headerBounds);
    }

    /**
     * The geometry of the matrix: row labels {@code label} px wide, cells from {@code top}, each {@code cell} px;
     * column headers, written upwards, need {@code headerHeight} px above the cells. Plain arithmetic for tests.
     */
    record Geometry(int label, int top, int cell) {

        static Geometry of(int width, int height, int n, int rowLabelWidth, int headerHeight) {
            int label = Math.min(rowLabelWidth + 8, Math.max(10, width / 3));
            int top = 40 + headerHeight + 4;
            int cell = Math.max(4, Math.min((width - label - 8) / n, (height - top - 8) / n));
            return new Geometry(label, top, cell);
        }
    }

    private void paint(GC gc) {
        var d = canvas.getDisplay();
        var area = canvas.getClientArea();
        drawnHeaders.clear();
        headerBounds.clear();
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(title, 4, 2, true);
        if (counts == null || counts.length == 0) {
            gc.drawText("appears after the first epoch", 4, 22, true);
            return;
        }
        int n = counts.length;
        boolean labelled = n <= 12;
        int widest = labelled ? maxWidth(gc) : 0;
        Geometry g = Geometry.of(area.width, area.height, n, labelled ? widest : 2, labelled ? widest : 0);
        int label = g.label();
        int top = g.top();
        int cell = g.cell();
        gc.drawText("true \u2193  predicted \u2192", 4, 20, true);
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (long v : counts[i]) {
                row += v;
            }
            if (labelled) {
                gc.drawText(shorten(names, i), 4, top + i * cell + cell / 2 - gc.getFontMetrics().getHeight() / 2, true);
            }
            for (int j = 0; j < n; j++) {
                int x = label + j * cell;
                int y = top + i * cell;
                double f = row == 0 ? 0 : (double) counts[i][j] / row;
                gc.setAlpha((int) Math.round(30 + 200 * f));
                gc.setBackground(d.getSystemColor(i == j ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
                gc.fillRectangle(x, y, cell - 1, cell - 1);
                gc.setAlpha(255);
                if (labelled && cell >= 24) {
                    String t = Long.toString(counts[i][j]);
                    Point p = gc.textExtent(t);
                    gc.setForeground(d.getSystemColor(f > 0.5 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                    gc.drawText(t, x + (cell - p.x) / 2, y + (cell - p.y) / 2, true);
                    gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                }
            }
        }
        if (labelled && cell >= gc.getFontMetrics().getHeight()) {
            headers(gc, n, label, top, cell);
        }
    }

    /** Full class names above the columns, written upwards from just above the cells. */
    private void headers(GC gc, int n, int label, int top, int cell) {
        Transform t = new Transform(canvas.getDisplay());
        try {
            for (int j = 0; j < n; j++) {
                String name = shorten(names, j);
                Point p = gc.textExtent(name);
                int x = label + j * cell + (cell - p.y) / 2;
                int y = top - 4;
                t.identity();
                t.translate(x, y);
                t.rotate(-90);
                gc.setTransform(t);
                gc.drawText(name, 0, 0, true);
                gc.setTransform(null);
                drawnHeaders.add(name);
                headerBounds.add(new Rectangle(x, y - p.x, p.y, p.x));
            }
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }

    private int maxWidth(GC gc) {
        int m = 0;
        for (int i = 0; i < names.size(); i++) {
            m = Math.max(m, gc.textExtent(shorten(names, i)).x);
        }
        return m;
    }

    private static String shorten(List<String> names, int i) {
        return i < names.size() ? names.get(i) : Integer.toString(i);
    }
}
