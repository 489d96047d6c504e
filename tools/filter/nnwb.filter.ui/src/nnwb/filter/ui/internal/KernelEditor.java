package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import nnwb.core.filter.MatrixText;
import nnwb.core.filter.Num;
import nnwb.core.filter.kernel.Kernel;
import nnwb.filter.render.Colormaps;

/**
 * The kernel as a grid of weights on the diverging colour scale. Press a cell and drag up to raise its weight,
 * down to lower it (0.01 per pixel, 0.001 with Shift): one drag is one undo step, and the canvas filters as you
 * drag. Double-click, Enter, F2 or a typed digit edits a weight as text (fractions like 1/9 allowed); the arrow
 * keys move the selection; the mouse wheel steps by 0.1; Delete sets 0. The centre tap is marked with a ring; for
 * an even side it is the upper/left of the two middle taps.
 */
public final class KernelEditor {

    /** Weight change per pixel of vertical drag. */
    static final double STEP = 0.01;

    private final Canvas canvas;
    private final KernelModel model;
    private int selRow;
    private int selCol;
    private int dragRow = -1;
    private int dragCol;
    private int dragY;
    private double dragStart;
    private Text inline;
    private int cell = 40;
    private int left;
    private int top;

    KernelEditor(Composite parent, KernelModel model) {
        this.model = model;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            Point c = cellAt(e.x, e.y);
            if (c != null) {
                startInline(c.y, c.x, null);
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            Point c = cellAt(e.x, e.y);
            if (c != null) {
                Kernel k = model.kernel();
                model.edit(k.with(c.y, c.x, round(k.get(c.y, c.x) + Math.signum(e.count) * 0.1)), "edited");
            }
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        model.addListener((k, painting) -> {
            if (!canvas.isDisposed()) {
                selRow = Math.min(selRow, k.rows() - 1);
                selCol = Math.min(selCol, k.cols() - 1);
                canvas.redraw();
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** The centre of cell (row, col) in canvas coordinates, for tests that paint with events. */
    public Point cellCentre(int row, int col) {
        layoutGrid();
        return new Point(left + col * cell + cell / 2, top + row * cell + cell / 2);
    }

    public Point selection() {
        return new Point(selCol, selRow);
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        Point c = cellAt(e.x, e.y);
        if (c == null || e.button != 1) {
            return;
        }
        selRow = c.y;
        selCol = c.x;
        dragRow = c.y;
        dragCol = c.x;
        dragY = e.y;
        dragStart = model.kernel().get(c.y, c.x);
        model.beginStroke();
        canvas.redraw();
    }

    private void mouseMove(Event e) {
        if (dragRow < 0 || (e.stateMask & SWT.BUTTON1) == 0) {
            return;
        }
        double step = (e.stateMask & SWT.SHIFT) != 0 ? STEP / 10 : STEP;
        double v = round(dragStart + (dragY - e.y) * step);
        Kernel k = model.kernel();
        if (v != k.get(dragRow, dragCol)) {
            model.strokeTo(k.with(dragRow, dragCol, v));
        }
    }

    private void mouseUp(Event e) {
        if (dragRow >= 0) {
            dragRow = -1;
            model.endStroke();
        }
    }

    private void key(Event e) {
        Kernel k = model.kernel();
        switch (e.keyCode) {
            case SWT.ARROW_UP -> selRow = Math.max(0, selRow - 1);
            case SWT.ARROW_DOWN -> selRow = Math.min(k.rows() - 1, selRow + 1);
            case SWT.ARROW_LEFT -> selCol = Math.max(0, selCol - 1);
            case SWT.ARROW_RIGHT -> selCol = Math.min(k.cols() - 1, selCol + 1);
            case SWT.CR, SWT.KEYPAD_CR, SWT.F2 -> startInline(selRow, selCol, null);
            case SWT.DEL, SWT.BS -> model.edit(k.with(selRow, selCol, 0), "edited");
            default -> {
                if (Character.isDigit(e.character) || e.character == '-' || e.character == '.') {
                    startInline(selRow, selCol, String.valueOf(e.character));
                }
                return;
            }
        }
        canvas.redraw();
    }

    /** Opens a text field over cell (row, col); Enter or leaving it commits, Escape cancels. */
    public void startInline(int row, int col, String initial) {
        closeInline();
        selRow = row;
        selCol = col;
        layoutGrid();
        inline = new Text(canvas, SWT.BORDER | SWT.SINGLE);
        inline.setText(initial != null ? initial : Num.exact(model.kernel().get(row, col)));
        inline.setBounds(left + col * cell, top + row * cell + Math.max(0, (cell - 28) / 2), Math.max(cell, 64), Math.min(28, Math.max(cell, 24)));
        inline.setSelection(inline.getText().length());
        if (initial == null) {
            inline.selectAll();
        }
        Text t = inline;
        t.addListener(SWT.DefaultSelection, e -> commit(t, row, col));
        t.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                closeInline();
                canvas.setFocus();
            }
        });
        t.addListener(SWT.FocusOut, e -> canvas.getDisplay().asyncExec(() -> {
            if (!t.isDisposed()) {
                commit(t, row, col);
            }
        }));
        t.setFocus();
    }

    /** The inline text field while a weight is typed, or null. */
    public Text inlineText() {
        return inline == null || inline.isDisposed() ? null : inline;
    }

    private void commit(Text t, int row, int col) {
        if (t.isDisposed()) {
            return;
        }
        try {
            double v = MatrixText.parse("weight", t.getText()).get(0, 0);
            Kernel k = model.kernel();
            if (row < k.rows() && col < k.cols()) {
                model.edit(k.with(row, col, v), "typed");
            }
            closeInline();
            canvas.setFocus();
        } catch (IllegalArgumentException bad) {
            t.setForeground(t.getDisplay().getSystemColor(SWT.COLOR_RED));
            t.setToolTipText(bad.getMessage());
        }
    }

    private void closeInline() {
        if (inline != null && !inline.isDisposed()) {
            inline.dispose();
        }
        inline = null;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private Point cellAt(int x, int y) {
        layoutGrid();
        Kernel k = model.kernel();
        int c = Math.floorDiv(x - left, cell);
        int r = Math.floorDiv(y - top, cell);
        return r >= 0 && r < k.rows() && c >= 0 && c < k.cols() ? new Point(c, r) : null;
    }

    private void layoutGrid() {
        Rectangle a = canvas.getClientArea();
        Kernel k = model.kernel();
        cell = Math.max(14, Math.min(56, Math.min((a.width - 8) / k.cols(), (a.height - 8) / k.rows())));
        left = Math.max(4, (a.width - cell * k.cols()) / 2);
        top = 4;
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(a);
        layoutGrid();
        Kernel k = model.kernel();
        double scale = 0;
        for (double v : k.values().rowMajor()) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.cols(); c++) {
                double v = k.get(r, c);
                int rgb = Colormaps.diverging(scale == 0 ? 0 : v / scale);
                Color bg = new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
                gc.setBackground(bg);
                gc.fillRectangle(left + c * cell, top + r * cell, cell, cell);
                bg.dispose();
                if (cell >= 22) {
                    gc.setForeground(canvas.getDisplay().getSystemColor(Colormaps.textOn(rgb) == 0 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
                    String s = Num.format(v);
                    Point e = gc.textExtent(s);
                    if (e.x > cell - 3) {
                        s = String.format("%.2g", v);
                        e = gc.textExtent(s);
                    }
                    if (e.x <= cell - 2) {
                        gc.drawText(s, left + c * cell + (cell - e.x) / 2, top + r * cell + (cell - e.y) / 2, true);
                    }
                }
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int r = 0; r <= k.rows(); r++) {
            gc.drawLine(left, top + r * cell, left + k.cols() * cell, top + r * cell);
        }
        for (int c = 0; c <= k.cols(); c++) {
            gc.drawLine(left + c * cell, top, left + c * cell, top + k.rows() * cell);
        }
        // the centre tap: a ring inside the cell
        int cx = left + k.centreCol() * cell;
        int cy = top + k.centreRow() * cell;
        gc.setLineWidth(2);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        gc.drawOval(cx + 2, cy + 2, cell - 5, cell - 5);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineWidth(3);
        gc.drawRectangle(left + selCol * cell + 1, top + selRow * cell + 1, cell - 3, cell - 3);
        gc.setLineWidth(1);
    }
}
