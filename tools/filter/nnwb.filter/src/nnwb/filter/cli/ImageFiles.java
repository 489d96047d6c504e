package nnwb.filter.cli;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.filter.render.Rendering;

/**
 * PNG and JPEG files for the headless commands, through {@link ImageIO} (the start script runs commands with
 * {@code java.awt.headless=true}). Values are 0..1: a gray file gives one channel, any other three (sRGB).
 */
public final class ImageFiles {

    /** The largest side of an image file read. */
    public static final int MAX_SIDE = 4096;

    private ImageFiles() {
    }

    /** Whether {@code name} ends like an image file this class reads. */
    public static boolean looksLikeImageFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Image read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no image file " + file);
        }
        BufferedImage im;
        try {
            im = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (im == null) {
            throw new IllegalArgumentException(file + " is not a PNG or JPEG image");
        }
        return of(im, file.toString());
    }

    static Image of(BufferedImage im, String name) {
        int w = im.getWidth();
        int h = im.getHeight();
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException(name + " is " + w + " x " + h + " pixels; at most " + MAX_SIDE + " per side");
        }
        if (im.getColorModel().getNumColorComponents() == 1) {
            Raster raster = im.getRaster();
            double max = (1L << im.getColorModel().getComponentSize(0)) - 1;
            double[] v = new double[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
            return Image.gray(Matrix.ofRowMajor(h, w, v));
        }
        double[][] rgb = new double[3][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = im.getRGB(x, y);
                rgb[0][y * w + x] = (p >> 16 & 255) / 255.0;
                rgb[1][y * w + x] = (p >> 8 & 255) / 255.0;
                rgb[2][y * w + x] = (p & 255) / 255.0;
            }
        }
        return new Image(List.of(Matrix.ofRowMajor(h, w, rgb[0]), Matrix.ofRowMajor(h, w, rgb[1]),
                Matrix.ofRowMajor(h, w, rgb[2])));
    }

    /**
     * Writes {@code image} as a PNG with {@link Rendering#of} (signed values on the diverging map).
     *
     * @return the rendering used
     * @throws IllegalArgumentException when the file cannot be written
     */
    public static Rendering writePng(Image image, Path file) {
        Rendering r = Rendering.of(image);
        BufferedImage out = new BufferedImage(image.cols(), image.rows(), BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, image.cols(), image.rows(), r.pixels(image), 0, image.cols());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + file + ": folder " + parent + " does not exist");
        }
        try {
            if (!ImageIO.write(out, "png", file.toFile())) {
                throw new IllegalArgumentException("cannot write " + file + ": no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage());
        }
        return r;
    }
}
