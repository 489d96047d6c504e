package nnwb.train.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The validation confusion matrix: true class per row, predicted per column, counts in the cells, shaded by the
 * fraction of the row (system colours with alpha, so nothing to dispose). Up to 12 classes show names and counts;
 * more (colourisation's 24) show shading only.
 */
public final class ConfusionCanvas {

    private final Canvas canvas;
    private long[][] counts;
    private List<String> names = List.of();
    private String title = "Confusion matrix (validation)";

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

    private void paint(GC gc) {
        var d = canvas.getDisplay();
        var area = canvas.getClientArea();
        gc.setForeground(d.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(title, 4, 2, true);
        if (counts == null || counts.length == 0) {
            gc.drawText("appears after the first epoch", 4, 22, true);
            return;
        }
        int n = counts.length;
        boolean labelled = n <= 12;
        int label = labelled ? Math.min(90, maxWidth(gc) + 8) : 10;
        int top = 40;
        int cell = Math.max(4, Math.min((area.width - label - 8) / n, (area.height - top - 8) / n));
        gc.drawText("true \u2193  predicted \u2192", 4, 20, true);
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (long v : counts[i]) {
                row += v;
            }
            if (labelled) {
                gc.drawText(shorten(names, i), 4, top + i * cell + cell / 2 - 7, true);
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
        if (labelled && cell >= 24) {
            for (int j = 0; j < n; j++) {
                String t = shorten(names, j);
                t = t.length() > 5 ? t.substring(0, 5) : t;
                gc.drawText(t, label + j * cell + 2, top + n * cell + 2, true);
            }
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
