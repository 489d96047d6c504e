package nnwb.filter.ui.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.Num;
import nnwb.filter.render.Colormaps;

/**
 * A small matrix drawn as numbers in coloured cells (diverging map scaled by the largest magnitude), with a caption,
 * row and column indices, a selected cell (black frame), marked cells (orange frame) and shaded cells (drawn grey:
 * padding). A click reports the cell. Colours are made per paint and disposed at once.
 */
public final class MatrixView {

    private static final RGB MARK = new RGB(230, 120, 0);

    private final Canvas canvas;
    private String caption;
    private Matrix matrix;
    private int selectedRow = -1;
    private int selectedCol = -1;
    private Set<Long> marked = new HashSet<>();
    private Set<Long> shaded = new HashSet<>();
    private BiConsumer<Integer, Integer> onClick;
    private int cell = 30;
    private int left;
    private int top;

    MatrixView(Composite parent, String caption) {
        this.caption = caption;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
    }

    public Canvas control() {
        return canvas;
    }

    public void caption(String text) {
        caption = text;
        canvas.redraw();
    }

    public void show(Matrix m) {
        matrix = m;
        canvas.redraw();
    }

    public Matrix matrix() {
        return matrix;
    }

    public void select(int row, int col) {
        selectedRow = row;
        selectedCol = col;
        canvas.redraw();
    }

    /** Frames these cells in orange (e.g. the taps of the window). */
    public void mark(Set<Long> cells) {
        marked = new HashSet<>(cells);
        canvas.redraw();
    }

    /** Draws these cells grey (e.g. padding). */
    public void shade(Set<Long> cells) {
        shaded = new HashSet<>(cells);
        canvas.redraw();
    }

    public static long key(int row, int col) {
        return (long) row << 32 | (col & 0xFFFFFFFFL);
    }

    public void onClick(BiConsumer<Integer, Integer> listener) {
        onClick = listener;
    }

    /** The size that shows every cell at {@code cellSize} pixels. */
    public Point preferredSize(int cellSize, Matrix m) {
        return new Point(Math.max(120, 30 + m.cols() * cellSize + 6), 40 + m.rows() * cellSize + 4);
    }

    private void click(int x, int y) {
        if (matrix == null || onClick == null) {
            return;
        }
        int c = Math.floorDiv(x - left, cell);
        int r = Math.floorDiv(y - top, cell);
        if (r >= 0 && r < matrix.rows() && c >= 0 && c < matrix.cols()) {
            onClick.accept(r, c);
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        int text = gc.getFontMetrics().getHeight();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(caption, 2, 0, true);
        if (matrix == null) {
            return;
        }
        top = text + 2 + text;
        left = 28;
        int availW = area.width - left - 4;
        int availH = area.height - top - 4;
        cell = Math.max(8, Math.min(48, Math.min(availW / matrix.cols(), availH / matrix.rows())));
        double scale = 0;
        for (double v : matrix.rowMajor()) {
            scale = Math.max(scale, Math.abs(v));
        }
        boolean numbers = cell >= 18;
        for (int c = 0; c < matrix.cols(); c++) {
            if (numbers || c % 5 == 0) {
                gc.drawText(String.valueOf(c), left + c * cell + 2, top - text, true);
            }
        }
        for (int r = 0; r < matrix.rows(); r++) {
            if (numbers || r % 5 == 0) {
                gc.drawText(String.valueOf(r), 4, top + r * cell + (cell - text) / 2, true);
            }
            for (int c = 0; c < matrix.cols(); c++) {
                double v = matrix.get(r, c);
                boolean pad = shaded.contains(key(r, c));
                int rgb = pad ? 0xD0D0D0 : Colormaps.diverging(scale == 0 ? 0 : v / scale);
                Color bg = new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
                gc.setBackground(bg);
                gc.fillRectangle(left + c * cell, top + r * cell, cell, cell);
                bg.dispose();
                if (numbers) {
                    int fg = Colormaps.textOn(rgb);
                    gc.setForeground(canvas.getDisplay().getSystemColor(fg == 0 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
                    String s = Num.format(v);
                    Point e = gc.textExtent(s);
                    if (e.x > cell - 2) {
                        s = String.format("%.3g", v);
                        e = gc.textExtent(s);
                    }
                    gc.drawText(s, left + c * cell + (cell - e.x) / 2, top + r * cell + (cell - e.y) / 2, true);
                }
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        for (int r = 0; r <= matrix.rows(); r++) {
            gc.drawLine(left, top + r * cell, left + matrix.cols() * cell, top + r * cell);
        }
        for (int c = 0; c <= matrix.cols(); c++) {
            gc.drawLine(left + c * cell, top, left + c * cell, top + matrix.rows() * cell);
        }
        Color mark = new Color(MARK);
        gc.setForeground(mark);
        gc.setLineWidth(2);
        for (long k : marked) {
            int r = (int) (k >> 32);
            int c = (int) k;
            gc.drawRectangle(left + c * cell + 1, top + r * cell + 1, cell - 2, cell - 2);
        }
        mark.dispose();
        if (selectedRow >= 0 && selectedRow < matrix.rows() && selectedCol >= 0 && selectedCol < matrix.cols()) {
            gc.setLineWidth(3);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(left + selectedCol * cell + 1, top + selectedRow * cell + 1, cell - 3, cell - 3);
        }
        gc.setLineWidth(1);
    }
}
