package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.core.filter.Image;
import nnwb.filter.render.Rendering;

/**
 * Shows an engine image (or any pixels) scaled to fit, without smoothing, so that a 5 x 5 input shows as 25
 * squares. A caption and the colour legend are drawn below it. The SWT image is made on demand and disposed.
 */
public final class ImageView {

    private final Canvas canvas;
    private final String caption;
    private org.eclipse.swt.graphics.Image swt;
    private int[] pixels;
    private int cols;
    private int rows;
    private String legend = "";

    ImageView(Composite parent, String caption) {
        this.caption = caption;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows {@code image} with the rendering that fits it; null clears. */
    public void show(Image image) {
        if (image == null) {
            show(null, 0, 0, "");
            return;
        }
        Rendering r = Rendering.of(image);
        show(r.pixels(image), image.cols(), image.rows(), image.rows() + " x " + image.cols()
                + (image.isGray() ? "" : " x " + image.channelCount()) + ", " + r.legend());
    }

    /** Shows {@code 0xRRGGBB} pixels with a legend line. */
    public void show(int[] rgb, int cols, int rows, String legend) {
        disposeImage();
        this.pixels = rgb;
        this.cols = cols;
        this.rows = rows;
        this.legend = legend == null ? "" : legend;
        canvas.redraw();
    }

    /** The legend shown under the image (size and colour scale). */
    public String legend() {
        return legend;
    }

    /** The pixels shown, for tests. */
    public int[] pixels() {
        return pixels == null ? null : pixels.clone();
    }

    private void disposeImage() {
        if (swt != null) {
            swt.dispose();
            swt = null;
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        int text = gc.getFontMetrics().getHeight();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(caption, 2, 0, true);
        if (pixels == null) {
            return;
        }
        int top = text + 2;
        int availW = area.width - 4;
        int availH = area.height - top - text - 4;
        if (availW < 4 || availH < 4) {
            return;
        }
        if (swt == null) {
            swt = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), SwtImages.data(cols, rows, pixels));
        }
        double scale = Math.min(availW / (double) cols, availH / (double) rows);
        if (scale >= 1) {
            scale = Math.floor(scale);
        }
        Point size = new Point(Math.max(1, (int) Math.round(cols * scale)), Math.max(1, (int) Math.round(rows * scale)));
        gc.setInterpolation(scale >= 1 ? SWT.NONE : SWT.HIGH);
        gc.drawImage(swt, 0, 0, cols, rows, 2, top, size.x, size.y);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(1, top - 1, size.x + 1, size.y + 1);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(legend, 2, top + size.y + 3, true);
    }
}
