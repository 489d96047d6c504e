package nnwb.optim.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/** Writes a plot as a PNG at its size on screen: the contour canvas is repainted into the image, other controls printed. */
final class PlotImage {

    private PlotImage() {
    }

    static void save(Control plot, ContourCanvas contours, Path file) throws IOException {
        Point s = plot.getSize();
        if (s.x <= 0 || s.y <= 0) {
            throw new IOException("the plot has no size yet");
        }
        Image img = new Image(plot.getDisplay(), s.x, s.y);
        GC gc = new GC(img);
        try {
            if (plot == contours.control()) {
                contours.paint(gc, s.x, s.y);
            } else {
                plot.print(gc);
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {img.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            img.dispose();
        }
    }
}
