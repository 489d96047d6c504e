package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
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
    private ImageFit fit;
    private int[] frame; // {row0, col0, row1, col1} framed, or null

    ImageView(Composite parent, String caption) {
        this.caption = caption;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImage());
    }

    /** Calls {@code listener} with the image pixel (row, col) under the pointer as it moves over the image. */
    public void onHover(java.util.function.BiConsumer<Integer, Integer> listener) {
        canvas.addListener(SWT.MouseMove, e -> {
            int[] cell = fit == null ? null : fit.cellAt(e.x, e.y);
            if (cell != null) {
                listener.accept(cell[0], cell[1]);
            }
        });
    }

    /** Where the image was drawn last (null before it was drawn). */
    public ImageFit fit() {
        return fit;
    }

    /** Frames image rows {@code r0..r1}, columns {@code c0..c1} (held inside the image); null clears. */
    public void frame(int[] rowsCols) {
        frame = rowsCols == null ? null : rowsCols.clone();
        canvas.redraw();
    }

    /** The rows and columns framed {row0, col0, row1, col1}, or null. */
    public int[] framed() {
        return frame == null ? null : frame.clone();
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
        // the legend wraps onto more lines where the view is narrower than it (1366x768: two images side by side)
        String lines = nnwb.ui.chart.LineChart.wrap(legend, area.width - 4, t -> gc.textExtent(t).x);
        int extra = (int) lines.chars().filter(ch -> ch == '\n').count() * text;
        fit = ImageFit.of(area.width, area.height - extra, text, cols, rows);
        if (fit == null) {
            return;
        }
        if (swt == null) {
            swt = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), SwtImages.data(cols, rows, pixels));
        }
        gc.setInterpolation(fit.width() >= cols ? SWT.NONE : SWT.HIGH);
        gc.drawImage(swt, 0, 0, cols, rows, fit.left(), fit.top(), fit.width(), fit.height());
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(fit.left() - 1, fit.top() - 1, fit.width() + 1, fit.height() + 1);
        if (frame != null) { // black outside, orange inside: visible on any image
            int[] r = fit.rect(frame[0], frame[1], frame[2], frame[3]);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(r[0] - 2, r[1] - 2, r[2] + 3, r[3] + 3);
            org.eclipse.swt.graphics.Color orange = new org.eclipse.swt.graphics.Color(230, 120, 0);
            gc.setForeground(orange);
            gc.drawRectangle(r[0] - 1, r[1] - 1, r[2] + 1, r[3] + 1);
            orange.dispose();
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(lines, 2, fit.top() + fit.height() + 3, true);
    }
}
