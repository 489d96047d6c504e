package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.compute.train.LayerKernels;

/** The first layer's weights as grey tiles (mid-grey 0, white and black the largest magnitude). Images disposed here. */
public final class KernelCanvas {

    private final Canvas canvas;
    private final List<Image> images = new ArrayList<>();
    private LayerKernels kernels;

    KernelCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImages());
    }

    public Canvas control() {
        return canvas;
    }

    public LayerKernels kernels() {
        return kernels;
    }

    public void show(LayerKernels k) {
        if (k == kernels) {
            return;
        }
        kernels = k;
        disposeImages();
        if (k != null && !k.kernels().isEmpty()) {
            double scale = Pictures.scale(k.kernels());
            int side = Math.max(k.kernels().get(0).length, k.kernels().get(0)[0].length);
            int zoom = Math.max(1, Math.min(16, 48 / side));
            for (double[][] w : k.kernels()) {
                images.add(new Image(canvas.getDisplay(), Pictures.kernel(w, scale, zoom)));
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(kernels == null ? "First-layer weights: appear when the run starts" : "First-layer weights: "
                + kernels.title(), 4, 2, true);
        int x = 4;
        int y = 24;
        int width = canvas.getClientArea().width;
        for (Image im : images) {
            var b = im.getBounds();
            if (x + b.width > width && x > 4) {
                x = 4;
                y += b.height + 6;
            }
            gc.drawImage(im, x, y);
            gc.drawRectangle(x - 1, y - 1, b.width + 1, b.height + 1);
            x += b.width + 6;
        }
    }

    private void disposeImages() {
        for (Image im : images) {
            im.dispose();
        }
        images.clear();
    }
}
