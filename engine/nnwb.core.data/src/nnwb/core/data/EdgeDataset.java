package nnwb.core.data;

import java.util.List;
import java.util.Random;

/**
 * The synthetic edge-detection images of the Berkeley inductive-bias exercise, drawn in code. Each image has a
 * random background intensity; an edge is a band of width 1 to 5 pixels at a random place with a contrasting
 * intensity (bright on dark or dark on bright, at random); Gaussian noise is added to every pixel. Classes:
 * horizontal edge, vertical edge, no edge, and optionally a diagonal, an anti-diagonal and a cross (a horizontal
 * and a vertical band). With {@link EdgeOptions#shift()} training edges lie in the top or left half and validation
 * edges in the bottom or right half (diagonals are drawn only in that half); with {@link EdgeOptions#permute()}
 * every image's pixels go through one fixed permutation, which keeps what an MLP can learn and destroys what a
 * convolution can.
 */
public final class EdgeDataset {

    /** Class names in label order. */
    public static final List<String> CLASS_NAMES = List.of("horizontal", "vertical", "none", "diagonal", "anti-diagonal",
            "cross");

    private EdgeDataset() {
    }

    /** Training and validation images for {@code o}; {@code spec} is recorded in the dataset. */
    public static Dataset generate(EdgeOptions o, String spec) {
        // geometry and noise draw from separate streams, so the same seed gives the same edges at any noise level
        Random rnd = new Random(o.seed());
        Random noise = new Random(o.seed() ^ 0x5DEECE66DL);
        ImageSet train = images(o, o.perClass(), Half.FIRST, rnd, noise);
        ImageSet val = images(o, o.valPerClass(), o.shift() ? Half.SECOND : Half.ALL, rnd, noise);
        if (o.permute()) {
            int[] p = Permutation.of(o.size() * o.size(), EdgeOptions.PERMUTATION_SEED);
            train = Permutation.apply(train, p);
            val = Permutation.apply(val, p);
        }
        String what = o.classes() + " classes, " + o.perClass() + " training and " + o.valPerClass()
                + " validation images per class, " + o.size() + "x" + o.size() + ", noise " + o.noise()
                + (o.shift() ? ", training edges in the top/left half and validation edges in the bottom/right half" : "")
                + (o.permute() ? ", pixels permuted" : "");
        return new Dataset(spec, "Edge detection: " + what, train, val, CLASS_NAMES.subList(0, o.classes()), List.of());
    }

    /** Where edges may lie. */
    enum Half {
        ALL, FIRST, SECOND
    }

    private static ImageSet images(EdgeOptions o, int perClass, Half half, Random rnd, Random noise) {
        Half h = !o.shift() ? Half.ALL : half;
        int s = o.size();
        int n = perClass * o.classes();
        float[] pixels = new float[n * s * s];
        int[] labels = new int[n];
        int k = 0;
        for (int c = 0; c < o.classes(); c++) {
            for (int i = 0; i < perClass; i++, k++) {
                labels[k] = c;
                draw(c, s, h, o.noise(), rnd, noise, pixels, k * s * s);
            }
        }
        return new ImageSet(1, s, s, pixels, labels, 1, o.classes());
    }

    /** Draws one image of class {@code c} into {@code px} at {@code off}. */
    static void draw(int c, int s, Half half, double noise, Random rnd, Random noiseRnd, float[] px, int off) {
        float background = (float) (0.3 * rnd.nextDouble());
        float edge = (float) (0.7 + 0.3 * rnd.nextDouble());
        if (rnd.nextBoolean()) {
            background = 1 - background;
            edge = 1 - edge;
        }
        for (int i = 0; i < s * s; i++) {
            px[off + i] = background;
        }
        int w = 1 + rnd.nextInt(5);
        switch (c) {
            case 0 -> band(px, off, s, true, place(s, w, half, rnd), w, edge);
            case 1 -> band(px, off, s, false, place(s, w, half, rnd), w, edge);
            case 2 -> { }
            case 3, 4 -> diagonal(px, off, s, c == 4, w, half, edge, rnd);
            case 5 -> {
                band(px, off, s, true, place(s, w, half, rnd), w, edge);
                band(px, off, s, false, place(s, w, half, rnd), w, edge);
            }
            default -> throw new IllegalArgumentException("no class " + c);
        }
        if (noise > 0) {
            for (int i = 0; i < s * s; i++) {
                px[off + i] += (float) (noise * noiseRnd.nextGaussian());
            }
        }
    }

    /** First row (or column) of a band of width {@code w} lying wholly in the allowed half. */
    static int place(int s, int w, Half half, Random rnd) {
        int lo = half == Half.SECOND ? s / 2 : 0;
        int hi = half == Half.FIRST ? s / 2 : s; // exclusive end of the band
        return lo + rnd.nextInt(hi - lo - w + 1);
    }

    private static void band(float[] px, int off, int s, boolean horizontal, int at, int w, float v) {
        for (int a = at; a < at + w; a++) {
            for (int b = 0; b < s; b++) {
                px[off + (horizontal ? a * s + b : b * s + a)] = v;
            }
        }
    }

    private static void diagonal(float[] px, int off, int s, boolean anti, int w, Half half, float v, Random rnd) {
        int shift = rnd.nextInt(s) - s / 2;
        for (int r = 0; r < s; r++) {
            boolean allowed = half == Half.ALL || (half == Half.FIRST) == (r < s / 2);
            if (!allowed) {
                continue;
            }
            for (int col = 0; col < s; col++) {
                int d = anti ? (r + col) - (s - 1) - shift : (col - r) - shift;
                if (d >= 0 && d < w) {
                    px[off + r * s + col] = v;
                }
            }
        }
    }
}
