package nnwb.filter.ui.internal;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;

/** Pixels to SWT image data and image files to the engine's images, without AWT. */
public final class SwtImages {

    /** The largest side of an image file opened. */
    public static final int MAX_SIDE = 4096;

    private SwtImages() {
    }

    /** Image data of {@code 0xRRGGBB} pixels, row by row. */
    public static ImageData data(int cols, int rows, int[] rgb) {
        ImageData d = new ImageData(cols, rows, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int r = 0; r < rows; r++) {
            d.setPixels(0, r, cols, rgb, r * cols);
        }
        return d;
    }

    /**
     * Reads a PNG or JPEG file with SWT: values 0..1, one channel when every pixel is gray, three otherwise.
     *
     * @throws IllegalArgumentException naming the file and the problem
     */
    public static Image read(String path) {
        ImageData d;
        try {
            ImageData[] frames = new ImageLoader().load(path);
            if (frames.length == 0) {
                throw new IllegalArgumentException(path + " holds no image");
            }
            d = frames[0];
        } catch (org.eclipse.swt.SWTException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        if (d.width > MAX_SIDE || d.height > MAX_SIDE) {
            throw new IllegalArgumentException(path + " is " + d.width + " x " + d.height + " pixels; at most " + MAX_SIDE + " per side");
        }
        int n = d.width * d.height;
        double[][] rgb = new double[3][n];
        boolean gray = true;
        int[] row = new int[d.width];
        for (int y = 0; y < d.height; y++) {
            d.getPixels(0, y, d.width, row, 0);
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(row[x]);
                int i = y * d.width + x;
                rgb[0][i] = c.red / 255.0;
                rgb[1][i] = c.green / 255.0;
                rgb[2][i] = c.blue / 255.0;
                gray &= c.red == c.green && c.green == c.blue;
            }
        }
        Matrix red = Matrix.ofRowMajor(d.height, d.width, rgb[0]);
        return gray ? Image.gray(red) : new Image(List.of(red, Matrix.ofRowMajor(d.height, d.width, rgb[1]),
                Matrix.ofRowMajor(d.height, d.width, rgb[2])));
    }
}
