package nnwb.train.ui.internal;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Pixels for the monitor's pictures, as SWT {@link ImageData} (no OS resources: the canvases make and dispose the
 * images): kernels in grey around mid-grey, grey inputs, and class maps in their palette colours.
 */
public final class Pictures {

    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private Pictures() {
    }

    /** A kernel enlarged {@code zoom} times: 0 is mid-grey, +-{@code scale} white and black. */
    static ImageData kernel(double[][] k, double scale, int zoom) {
        int h = k.length;
        int w = k[0].length;
        ImageData d = new ImageData(w * zoom, h * zoom, 24, RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int g = clamp((int) Math.round(127.5 + 127.5 * k[r][c] / Math.max(1e-12, scale)));
                fill(d, c * zoom, r * zoom, zoom, (g << 16) | (g << 8) | g);
            }
        }
        return d;
    }

    /** The largest absolute weight over all kernels (the grey scale's end). */
    static double scale(List<double[][]> ks) {
        double m = 0;
        for (double[][] k : ks) {
            for (double[] row : k) {
                for (double v : row) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m;
    }

    /** A grey image (values 0..1, row-major) enlarged {@code zoom} times. */
    static ImageData grey(float[] v, int h, int w, int zoom) {
        ImageData d = new ImageData(w * zoom, h * zoom, 24, RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int g = clamp(Math.round(v[r * w + c] * 255));
                fill(d, c * zoom, r * zoom, zoom, (g << 16) | (g << 8) | g);
            }
        }
        return d;
    }

    /** A class map in the palette's colours (RGB 0..1 per class) enlarged {@code zoom} times. */
    static ImageData classes(int[] labels, int h, int w, List<float[]> palette, int zoom) {
        ImageData d = new ImageData(w * zoom, h * zoom, 24, RGB);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float[] col = palette.get(labels[r * w + c]);
                int rgb = (clamp(Math.round(col[0] * 255)) << 16) | (clamp(Math.round(col[1] * 255)) << 8)
                        | clamp(Math.round(col[2] * 255));
                fill(d, c * zoom, r * zoom, zoom, rgb);
            }
        }
        return d;
    }

    private static void fill(ImageData d, int x, int y, int zoom, int pixel) {
        for (int dy = 0; dy < zoom; dy++) {
            for (int dx = 0; dx < zoom; dx++) {
                d.setPixel(x + dx, y + dy, pixel);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
