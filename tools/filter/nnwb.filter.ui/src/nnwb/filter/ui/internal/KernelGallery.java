package nnwb.filter.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.core.filter.kernel.Kernel;
import nnwb.filter.render.Colormaps;

/**
 * Kernels side by side as small weight grids (diverging colours, each kernel on its own scale) with their
 * frequency magnitude below; a click selects one. Tiles shrink to fit the canvas. The |H| images are SWT images
 * made once per set and disposed with it.
 */
public final class KernelGallery {

    /** One tile: a kernel, a label and its |H| pixels (side x side). */
    public record Tile(Kernel kernel, String label, int[] magnitude, int side) {
    }

    private final Canvas canvas;
    private final List<Tile> tiles = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private int selected = -1;
    private IntConsumer onSelect = i -> { };
    private int tile = 96;
    private int tileHeight = 112;
    private int perRow = 1;

    KernelGallery(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            int i = (e.y / tileHeight) * perRow + e.x / tile;
            if (e.x / tile < perRow && i >= 0 && i < tiles.size()) {
                select(i);
                onSelect.accept(i);
            }
        });
        canvas.addDisposeListener(e -> disposeImages());
    }

    public Canvas control() {
        return canvas;
    }

    public void onSelect(IntConsumer listener) {
        onSelect = listener;
    }

    public void show(List<Tile> newTiles) {
        disposeImages();
        tiles.clear();
        tiles.addAll(newTiles);
        for (Tile t : tiles) {
            images.add(new Image(canvas.getDisplay(), SwtImages.data(t.side(), t.side(), t.magnitude())));
        }
        selected = tiles.isEmpty() ? -1 : 0;
        canvas.redraw();
    }

    public void select(int i) {
        selected = i;
        canvas.redraw();
    }

    public int selected() {
        return selected;
    }

    public List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    private void disposeImages() {
        images.forEach(Image::dispose);
        images.clear();
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        if (tiles.isEmpty()) {
            return;
        }
        int text = gc.getFontMetrics().getHeight();
        // the largest square (weights above, |H| below, a label under both) with which every tile fits
        int half = 120;
        while (half > 16) {
            perRow = Math.max(1, a.width / (half + 14));
            int rowsNeeded = (tiles.size() + perRow - 1) / perRow;
            if (rowsNeeded * (2 * half + text + 14) <= a.height) {
                break;
            }
            half -= 4;
        }
        tile = half + 14;
        tileHeight = 2 * half + text + 14;
        perRow = Math.max(1, a.width / tile);
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            int x = (i % perRow) * tile + 4;
            int y = (i / perRow) * tileHeight + 2;
            drawKernel(gc, t.kernel(), x, y, half);
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(images.get(i), 0, 0, t.side(), t.side(), x, y + half + 4, half, half);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(t.label(), x, y + 2 * half + 6, true);
            if (i == selected) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineWidth(3);
                gc.drawRectangle(x - 3, y - 2, half + 6, 2 * half + 8);
                gc.setLineWidth(1);
            }
        }
    }

    private void drawKernel(GC gc, Kernel k, int x, int y, int size) {
        double scale = 0;
        for (double v : k.values().rowMajor()) {
            scale = Math.max(scale, Math.abs(v));
        }
        int cell = Math.max(1, size / Math.max(k.rows(), k.cols()));
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.cols(); c++) {
                int rgb = Colormaps.diverging(scale == 0 ? 0 : k.get(r, c) / scale);
                Color col = new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
                gc.setBackground(col);
                gc.fillRectangle(x + c * cell, y + r * cell, cell, cell);
                col.dispose();
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, y, cell * k.cols(), cell * k.rows());
    }
}
