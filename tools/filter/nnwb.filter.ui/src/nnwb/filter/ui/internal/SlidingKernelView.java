package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.core.filter.Num;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.filter.render.Colormaps;

/**
 * The kernel that actually slides over the input: the kernel as drawn for correlation, its 180-degree rotation for
 * true convolution. {@link #animateFlip()} turns the drawn kernel about its middle in about 0.8 s so that a student
 * sees where each weight goes; a marker follows the weight in the top-left corner.
 */
public final class SlidingKernelView {

    private static final int FRAMES = 24;
    private static final int FRAME_MS = 33;

    private final Canvas canvas;
    private Kernel kernel;
    private FilterMode mode = FilterMode.CORRELATION;
    private double angle;
    private int frame = -1;

    SlidingKernelView(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas control() {
        return canvas;
    }

    public void show(Kernel k, FilterMode m) {
        boolean flipNow = m == FilterMode.CONVOLUTION && mode == FilterMode.CORRELATION && kernel != null;
        kernel = k;
        mode = m;
        if (flipNow) {
            animateFlip();
        } else if (frame < 0) {
            angle = 0;
            canvas.redraw();
        }
    }

    /** Whether the flip is being animated. */
    public boolean animating() {
        return frame >= 0;
    }

    /** Plays the flip: the drawn kernel turns by 180 degrees and becomes what convolution slides. */
    public void animateFlip() {
        if (kernel == null || canvas.isDisposed()) {
            return;
        }
        frame = 0;
        step();
    }

    private void step() {
        if (canvas.isDisposed()) {
            return;
        }
        if (frame > FRAMES) {
            frame = -1;
            angle = 0;
            canvas.redraw();
            return;
        }
        angle = 180.0 * frame / FRAMES;
        canvas.redraw();
        frame++;
        canvas.getDisplay().timerExec(FRAME_MS, this::step);
    }

    private void paint(GC gc) {
        Rectangle a = canvas.getClientArea();
        int text = gc.getFontMetrics().getHeight();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        boolean flipping = frame >= 0;
        String title = flipping ? "flipping the kernel by 180 degrees..."
                : mode == FilterMode.CONVOLUTION ? "slides: the kernel flipped (true convolution)" : "slides: the kernel as drawn (correlation)";
        gc.drawText(title, 2, 0, true);
        if (kernel == null) {
            return;
        }
        // during the animation the drawn kernel turns; afterwards the sliding kernel is drawn upright
        Kernel k = flipping || mode == FilterMode.CORRELATION ? kernel : kernel.flipped();
        int cell = Math.max(8, Math.min(40, Math.min((a.width - 8) / k.cols(), (a.height - text - 8) / k.rows())));
        int w = cell * k.cols();
        int h = cell * k.rows();
        int x0 = (a.width - w) / 2;
        int y0 = text + 4 + (a.height - text - 4 - h) / 2;
        Transform t = null;
        if (flipping && angle != 0) {
            t = new Transform(canvas.getDisplay());
            t.translate(x0 + w / 2f, y0 + h / 2f);
            t.rotate((float) angle);
            t.translate(-(x0 + w / 2f), -(y0 + h / 2f));
            gc.setTransform(t);
        }
        double scale = 0;
        for (double v : k.values().rowMajor()) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.cols(); c++) {
                int rgb = Colormaps.diverging(scale == 0 ? 0 : k.get(r, c) / scale);
                Color bg = new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
                gc.setBackground(bg);
                gc.fillRectangle(x0 + c * cell, y0 + r * cell, cell, cell);
                bg.dispose();
                if (cell >= 22 && !flipping) {
                    gc.setForeground(canvas.getDisplay().getSystemColor(Colormaps.textOn(rgb) == 0 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
                    String s = Num.format(k.get(r, c));
                    Point e = gc.textExtent(s);
                    if (e.x > cell - 3) {
                        s = String.format("%.2g", k.get(r, c));
                        e = gc.textExtent(s);
                    }
                    if (e.x <= cell - 2) {
                        gc.drawText(s, x0 + c * cell + (cell - e.x) / 2, y0 + r * cell + (cell - e.y) / 2, true);
                    }
                }
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawRectangle(x0 + c * cell, y0 + r * cell, cell, cell);
            }
        }
        // the weight drawn at the top left: where it ends up is where convolution uses it
        int mr = flipping || mode == FilterMode.CORRELATION ? 0 : k.rows() - 1;
        int mc = flipping || mode == FilterMode.CORRELATION ? 0 : k.cols() - 1;
        gc.setLineWidth(3);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        gc.drawRectangle(x0 + mc * cell + 2, y0 + mr * cell + 2, cell - 4, cell - 4);
        gc.setLineWidth(1);
        if (t != null) {
            gc.setTransform(null);
            t.dispose();
        }
    }
}
