package nnwb.conv.ui.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import nnwb.core.conv.CellSource;

/**
 * Draws a {@link LayerDrawing}: the grid the kernel slides over (input, padding, wrapped or reflected copies,
 * inserted zeros), the kernel's taps at the chosen output cell with its dilation gaps, and the output grid.
 * A click on an output cell or the arrow keys choose another output cell.
 */
public final class LayerCanvas {

    private static final int MARGIN = 8;
    private static final int ARROW = 44;
    private static final int LEGEND = 22;

    private final Canvas canvas;
    private final LocalResourceManager resources;
    private final Map<CellSource, Color> fills = new EnumMap<>(CellSource.class);
    private final Color border;
    private final Color tap;
    private final Color gap;
    private final Color output;
    private final Color selected;
    private LayerDrawing drawing;
    private String message = "";
    private BiConsumer<Long, Long> onSelect = (a, b) -> { };
    private Geometry geometry;

    public LayerCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
        fills.put(CellSource.INPUT, color(198, 222, 255));
        fills.put(CellSource.PADDING, color(225, 225, 225));
        fills.put(CellSource.WRAPPED, color(255, 214, 170));
        fills.put(CellSource.REFLECTED, color(222, 200, 255));
        fills.put(CellSource.INSERTED_ZERO, color(255, 255, 255));
        fills.put(CellSource.OUTPUT_PADDING, color(255, 245, 180));
        border = color(140, 140, 140);
        tap = color(210, 30, 30);
        gap = color(255, 190, 190);
        output = color(205, 240, 205);
        selected = color(230, 80, 80);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::click);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    private Color color(int r, int g, int b) {
        return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(r, g, b)));
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows a drawing, or a message when there is nothing to draw (drawing null). */
    public void show(LayerDrawing d, String text) {
        drawing = d;
        message = text == null ? "" : text;
        canvas.redraw();
    }

    public LayerDrawing drawing() {
        return drawing;
    }

    /** Called with the output cell (x, y) the user chose by click or key. */
    public void onSelect(BiConsumer<Long, Long> listener) {
        onSelect = listener;
    }

    /** Cell size and origins of both grids for the current size. */
    record Geometry(int cell, int inX, int inY, int outX, int outY) {
        Rectangle inputCell(long gx, long gy) {
            return new Rectangle(inX + (int) gx * cell, inY + (int) gy * cell, cell, cell);
        }

        Rectangle outputCell(long ox, long oy) {
            return new Rectangle(outX + (int) ox * cell, outY + (int) oy * cell, cell, cell);
        }
    }

    Geometry layout(Point size) {
        LayerDrawing d = drawing;
        long cols = d.gridWidth() + d.outputWidth();
        long rows = Math.max(d.gridHeight(), d.outputHeight());
        int byW = (int) ((size.x - 2 * MARGIN - ARROW) / Math.max(1, cols));
        int byH = (int) ((size.y - 2 * MARGIN - LEGEND) / Math.max(1, rows));
        int cell = Math.max(4, Math.min(34, Math.min(byW, byH)));
        int inX = MARGIN;
        int outX = inX + (int) d.gridWidth() * cell + ARROW;
        int outY = MARGIN + (int) (d.gridHeight() - d.outputHeight()) * cell / 2;
        return new Geometry(cell, inX, MARGIN, outX, Math.max(MARGIN, outY));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        if (drawing == null || !drawing.drawable()) {
            gc.drawText(drawing == null ? message : "The grid is too large to draw cell by cell (more than "
                    + LayerDrawing.MAX_CELLS + " cells a side); the numbers on the left still hold.", MARGIN, MARGIN, true);
            return;
        }
        geometry = layout(canvas.getSize());
        gc.setFont(JFaceResources.getDefaultFont());
        for (long gy = 0; gy < drawing.gridHeight(); gy++) {
            for (long gx = 0; gx < drawing.gridWidth(); gx++) {
                paintInputCell(gc, drawing.cell(gx, gy));
            }
        }
        gc.setLineWidth(3);
        gc.setForeground(tap);
        for (long[] t : drawing.taps()) {
            Rectangle r = geometry.inputCell(t[0], t[1]);
            gc.drawRectangle(r.x + 1, r.y + 1, r.width - 3, r.height - 3);
        }
        gc.setLineWidth(1);
        paintOutput(gc);
        paintLegend(gc);
    }

    private void paintInputCell(GC gc, LayerDrawing.Cell c) {
        Rectangle r = geometry.inputCell(c.gx(), c.gy());
        gc.setBackground(drawing.isGap(c.gx(), c.gy()) ? gap : fills.get(c.source()));
        gc.fillRectangle(r);
        gc.setForeground(border);
        gc.setLineStyle(c.source() == CellSource.INSERTED_ZERO ? SWT.LINE_DOT : SWT.LINE_SOLID);
        gc.drawRectangle(r);
        gc.setLineStyle(SWT.LINE_SOLID);
        drawLabel(gc, c.label(), r);
    }

    private void drawLabel(GC gc, String label, Rectangle r) {
        Point extent = gc.textExtent(label);
        if (extent.x <= r.width - 2 && extent.y <= r.height) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(label, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
        }
    }

    private void paintOutput(GC gc) {
        int midY = geometry.inY() + (int) drawing.gridHeight() * geometry.cell() / 2;
        gc.setForeground(border);
        gc.drawLine(geometry.outX() - ARROW + 8, midY, geometry.outX() - 8, midY);
        gc.drawLine(geometry.outX() - 14, midY - 5, geometry.outX() - 8, midY);
        gc.drawLine(geometry.outX() - 14, midY + 5, geometry.outX() - 8, midY);
        for (long oy = 0; oy < drawing.outputHeight(); oy++) {
            for (long ox = 0; ox < drawing.outputWidth(); ox++) {
                Rectangle r = geometry.outputCell(ox, oy);
                boolean chosen = ox == drawing.outX() && oy == drawing.outY();
                gc.setBackground(chosen ? selected : output);
                gc.fillRectangle(r);
                gc.setForeground(border);
                gc.drawRectangle(r);
                drawLabel(gc, drawing.outputHeight() == 1 ? String.valueOf(ox) : ox + "," + oy, r);
            }
        }
    }

    private void paintLegend(GC gc) {
        int x = MARGIN;
        int y = canvas.getSize().y - LEGEND + 3;
        for (Map.Entry<CellSource, Color> f : fills.entrySet()) {
            gc.setBackground(f.getValue());
            gc.fillRectangle(x, y, 12, 12);
            gc.setForeground(border);
            gc.drawRectangle(x, y, 12, 12);
            String name = f.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            gc.drawText(name, x + 16, y - 2, true);
            x += 22 + gc.textExtent(name).x;
        }
        gc.setBackground(gap);
        gc.fillRectangle(x, y, 12, 12);
        gc.drawText("dilation gap", x + 16, y - 2, true);
    }

    private void click(Event e) {
        canvas.setFocus();
        if (drawing == null || geometry == null) {
            return;
        }
        int cell = geometry.cell();
        long ox = Math.floorDiv(e.x - geometry.outX(), cell);
        long oy = Math.floorDiv(e.y - geometry.outY(), cell);
        if (ox >= 0 && oy >= 0 && ox < drawing.outputWidth() && oy < drawing.outputHeight()) {
            onSelect.accept(ox, oy);
        }
    }

    private void key(Event e) {
        if (drawing == null) {
            return;
        }
        long ox = drawing.outX();
        long oy = drawing.outY();
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> ox--;
            case SWT.ARROW_RIGHT -> ox++;
            case SWT.ARROW_UP -> oy--;
            case SWT.ARROW_DOWN -> oy++;
            default -> {
                return;
            }
        }
        onSelect.accept(Math.floorMod(ox, drawing.outputWidth()), Math.floorMod(oy, drawing.outputHeight()));
    }
}
