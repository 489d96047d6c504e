package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nnwb.compute.train.PixelSamples;

/** Colourisation: for a few validation images, the grey input, the predicted and the true colours. Images disposed here. */
public final class ColourCanvas {

    private final Canvas canvas;
    private final List<Image[]> rows = new ArrayList<>();
    private PixelSamples samples;

    ColourCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImages());
    }

    public Canvas control() {
        return canvas;
    }

    public PixelSamples samples() {
        return samples;
    }

    public void show(PixelSamples s, List<float[]> palette) {
        if (s == samples) {
            return;
        }
        samples = s;
        disposeImages();
        if (s != null && !palette.isEmpty()) {
            int zoom = Math.max(1, 96 / Math.max(s.height(), s.width()));
            for (int i = 0; i < s.inputs().size(); i++) {
                rows.add(new Image[] {
                    new Image(canvas.getDisplay(), Pictures.grey(s.inputs().get(i), s.height(), s.width(), zoom)),
                    new Image(canvas.getDisplay(), Pictures.classes(s.predicted().get(i), s.height(), s.width(), palette, zoom)),
                    new Image(canvas.getDisplay(), Pictures.classes(s.truth().get(i), s.height(), s.width(), palette, zoom))});
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        if (samples == null) {
            gc.drawText("Colourisation samples: shown for pixel-wise runs (colour datasets)", 4, 2, true);
            return;
        }
        gc.drawText("Colourisation after epoch " + samples.epoch() + ":  input | predicted | true", 4, 2, true);
        int y = 24;
        for (Image[] row : rows) {
            int x = 4;
            for (Image im : row) {
                gc.drawImage(im, x, y);
                x += im.getBounds().width + 8;
            }
            y += row[0].getBounds().height + 8;
        }
    }

    private void disposeImages() {
        for (Image[] row : rows) {
            for (Image im : row) {
                im.dispose();
            }
        }
        rows.clear();
    }
}
