package nnwb.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The colourisation task of the Toronto assignment as pixel-wise classification: the input is the grey image (the
 * mean of red, green and blue), and every pixel's class is the nearest (in RGB) of {@code k} colours found by
 * k-means over the training pixels. From CIFAR-10 binary files when given (the assignment uses the horse class),
 * otherwise from colour scenes generated here (sky, ground, sun and coloured objects, whose colour follows from
 * their brightness and place, and one object of one-pixel stripes: the fine detail that learned, transposed
 * upsampling can draw and fixed upsampling cannot).
 */
public final class ColourDataset {

    /** The assignment's palette size. */
    public static final int COLOURS = 24;

    private ColourDataset() {
    }

    /** The task built from RGB training and validation images with a palette of {@code k} colours. */
    public static Dataset of(ImageSet rgbTrain, ImageSet rgbVal, int k, long seed, String spec, String source) {
        float[][] palette = KMeansColours.fit(rgbTrain, k, 20_000, 30, seed);
        ImageSet train = classify(rgbTrain, palette);
        ImageSet val = classify(rgbVal, palette);
        List<String> names = new ArrayList<>();
        for (float[] c : palette) {
            names.add(String.format(java.util.Locale.ROOT, "#%02x%02x%02x", byteOf(c[0]), byteOf(c[1]), byteOf(c[2])));
        }
        return new Dataset(spec, "Colourisation (" + k + " k-means colours) of " + source + ": " + train.size()
                + " training and " + val.size() + " validation images, " + train.height() + "x" + train.width(), train, val,
                names, List.of(palette));
    }

    private static int byteOf(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }

    /** Grey inputs (channel mean) and the nearest palette colour of every pixel. */
    public static ImageSet classify(ImageSet rgb, float[][] palette) {
        if (rgb.channels() != 3) {
            throw new IllegalArgumentException("colourisation needs RGB images, got " + rgb.channels() + " channels");
        }
        int area = rgb.height() * rgb.width();
        int n = rgb.size();
        float[] grey = new float[n * area];
        int[] labels = new int[n * area];
        float[] px = rgb.pixels();
        for (int e = 0; e < n; e++) {
            int base = e * 3 * area;
            for (int p = 0; p < area; p++) {
                float r = px[base + p];
                float g = px[base + area + p];
                float b = px[base + 2 * area + p];
                grey[e * area + p] = (r + g + b) / 3f;
                labels[e * area + p] = KMeansColours.nearest(palette, r, g, b);
            }
        }
        return new ImageSet(1, rgb.height(), rgb.width(), grey, labels, area, palette.length);
    }

    /** {@code n} generated colour scenes of {@code size x size}, RGB in 0..1, from {@code seed}. */
    public static ImageSet scenes(int n, int size, long seed) {
        if (n < 1 || size < 8 || size > 256) {
            throw new IllegalArgumentException("scenes: need n >= 1 and size 8..256, got " + n + " and " + size);
        }
        Random r = new Random(seed);
        int area = size * size;
        float[] px = new float[n * 3 * area];
        for (int e = 0; e < n; e++) {
            scene(r, size, px, e * 3 * area);
        }
        return new ImageSet(3, size, size, px, new int[n], 1, 2);
    }

    private static final float[][] OBJECT_COLOURS = {
        {0.85f, 0.12f, 0.10f}, {0.95f, 0.80f, 0.15f}, {0.95f, 0.95f, 0.95f}, {0.15f, 0.15f, 0.18f},
        {0.95f, 0.50f, 0.10f}, {0.55f, 0.20f, 0.60f}, {0.50f, 0.30f, 0.15f}};

    private static void scene(Random r, int s, float[] px, int off) {
        int area = s * s;
        int horizon = (int) (s * (0.3 + 0.4 * r.nextDouble()));
        float[] sky = {0.30f + 0.1f * r.nextFloat(), 0.50f + 0.1f * r.nextFloat(), 0.85f + 0.1f * r.nextFloat()};
        float[] ground = r.nextBoolean() ? new float[] {0.20f, 0.55f, 0.20f} : new float[] {0.65f, 0.55f, 0.35f};
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                float[] c;
                if (y < horizon) {
                    float t = 0.25f * y / Math.max(1, horizon);
                    c = new float[] {sky[0] + t, sky[1] + t, sky[2]};
                } else {
                    float tex = 0.08f * (float) r.nextGaussian();
                    c = new float[] {ground[0] + tex, ground[1] + tex, ground[2] + tex};
                }
                set(px, off, area, y * s + x, c);
            }
        }
        if (r.nextDouble() < 0.6) {
            disc(px, off, s, r.nextInt(s), r.nextInt(Math.max(1, horizon)), 2 + r.nextInt(Math.max(2, s / 8)),
                    new float[] {1f, 0.92f, 0.35f});
        }
        stripes(r, s, px, off);
        int objects = 1 + r.nextInt(3);
        for (int i = 0; i < objects; i++) {
            float[] c = OBJECT_COLOURS[r.nextInt(OBJECT_COLOURS.length)];
            int cx = r.nextInt(s);
            int cy = horizon + r.nextInt(Math.max(1, s - horizon));
            int rad = 2 + r.nextInt(Math.max(2, s / 6));
            if (r.nextBoolean()) {
                disc(px, off, s, cx, cy, rad, c);
            } else {
                for (int y = Math.max(0, cy - rad); y < Math.min(s, cy + rad); y++) {
                    for (int x = Math.max(0, cx - rad); x < Math.min(s, cx + 2 * rad); x++) {
                        set(px, off, area, y * s + x, c);
                    }
                }
            }
        }
    }

    /** Colour pairs of the striped objects: white/black, red/white, yellow/black (each pair far apart in grey). */
    private static final float[][][] STRIPE_PAIRS = {
        {OBJECT_COLOURS[2], OBJECT_COLOURS[3]}, {OBJECT_COLOURS[0], OBJECT_COLOURS[2]}, {OBJECT_COLOURS[1], OBJECT_COLOURS[3]}};

    /**
     * A rectangle (an awning, a fence, a zebra) of one-pixel stripes that alternate two colours, horizontal or vertical,
     * starting on an even or odd row or column at random. Detail this fine is what fixed upsampling cannot draw: after
     * 2x2 max pooling the stripes' phase is gone, and nearest-neighbour upsampling followed by a 3x3 convolution gives
     * the even and odd pixels of an evenly striped region the same output; a stride-2 convolution keeps the phase and a
     * stride-2 transposed convolution has separate weights for even and odd output pixels.
     */
    private static void stripes(Random r, int s, float[] px, int off) {
        float[][] pair = STRIPE_PAIRS[r.nextInt(STRIPE_PAIRS.length)];
        int w = s / 4 + r.nextInt(s / 4 + 1);
        int h = s / 4 + r.nextInt(s / 4 + 1);
        int x0 = r.nextInt(s - w + 1);
        int y0 = r.nextInt(s - h + 1);
        boolean vertical = r.nextBoolean();
        int phase = r.nextInt(2);
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                set(px, off, s * s, y * s + x, pair[((vertical ? x : y) + phase) % 2]);
            }
        }
    }

    private static void disc(float[] px, int off, int s, int cx, int cy, int rad, float[] c) {
        for (int y = Math.max(0, cy - rad); y < Math.min(s, cy + rad + 1); y++) {
            for (int x = Math.max(0, cx - rad); x < Math.min(s, cx + rad + 1); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
                    set(px, off, s * s, y * s + x, c);
                }
            }
        }
    }

    private static void set(float[] px, int off, int area, int p, float[] c) {
        for (int d = 0; d < 3; d++) {
            px[off + d * area + p] = Math.max(0f, Math.min(1f, c[d]));
        }
    }
}
