package nnwb.core.data;

import java.util.Random;

/**
 * The colour palette of the colourisation task: k-means (Lloyd's iterations from a k-means++ start, seeded) over
 * RGB pixels, distances measured in RGB space as the Toronto assignment does, and the nearest palette colour of a
 * pixel.
 */
public final class KMeansColours {

    private KMeansColours() {
    }

    /**
     * {@code k} centres of the RGB pixels of {@code rgb} (N x 3 x H x W), drawn from at most {@code sample} pixels
     * picked at random, after at most {@code iterations} Lloyd steps; sorted by brightness so the palette reads in
     * order.
     */
    public static float[][] fit(ImageSet rgb, int k, int sample, int iterations, long seed) {
        if (rgb.channels() != 3) {
            throw new IllegalArgumentException("k-means colours need RGB images, got " + rgb.channels() + " channels");
        }
        int area = rgb.height() * rgb.width();
        int total = rgb.size() * area;
        if (total < k) {
            throw new IllegalArgumentException(total + " pixels cannot give " + k + " colours");
        }
        Random r = new Random(seed);
        int m = Math.min(sample, total);
        float[][] pts = new float[m][];
        for (int i = 0; i < m; i++) {
            int p = m == total ? i : r.nextInt(total);
            pts[i] = pixel(rgb, p / area, p % area);
        }
        float[][] c = plusPlus(pts, k, r);
        int[] assign = new int[m];
        for (int it = 0; it < iterations; it++) {
            boolean moved = false;
            for (int i = 0; i < m; i++) {
                int a = nearest(c, pts[i][0], pts[i][1], pts[i][2]);
                moved |= a != assign[i] || it == 0;
                assign[i] = a;
            }
            double[][] sum = new double[k][3];
            int[] count = new int[k];
            for (int i = 0; i < m; i++) {
                for (int d = 0; d < 3; d++) {
                    sum[assign[i]][d] += pts[i][d];
                }
                count[assign[i]]++;
            }
            for (int j = 0; j < k; j++) {
                if (count[j] > 0) {
                    for (int d = 0; d < 3; d++) {
                        c[j][d] = (float) (sum[j][d] / count[j]);
                    }
                } else {
                    c[j] = pts[r.nextInt(m)].clone(); // an empty cluster restarts at a random pixel
                }
            }
            if (!moved) {
                break;
            }
        }
        java.util.Arrays.sort(c, java.util.Comparator.comparingDouble(v -> v[0] + v[1] + v[2]));
        return c;
    }

    private static float[][] plusPlus(float[][] pts, int k, Random r) {
        float[][] c = new float[k][];
        c[0] = pts[r.nextInt(pts.length)].clone();
        double[] d = new double[pts.length];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < pts.length; i++) {
                d[i] = Double.MAX_VALUE;
                for (int q = 0; q < j; q++) {
                    d[i] = Math.min(d[i], dist(c[q], pts[i][0], pts[i][1], pts[i][2]));
                }
                total += d[i];
            }
            double pick = r.nextDouble() * total;
            int chosen = pts.length - 1;
            for (int i = 0; i < pts.length; i++) {
                pick -= d[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            c[j] = pts[chosen].clone();
        }
        return c;
    }

    /** The RGB values of pixel {@code p} of example {@code e}. */
    static float[] pixel(ImageSet rgb, int e, int p) {
        int area = rgb.height() * rgb.width();
        float[] px = rgb.pixels();
        int base = e * 3 * area;
        return new float[] {px[base + p], px[base + area + p], px[base + 2 * area + p]};
    }

    /** Index of the palette colour nearest to (r, g, b) in squared RGB distance; ties go to the lower index. */
    public static int nearest(float[][] palette, float r, float g, float b) {
        int best = 0;
        double bd = Double.MAX_VALUE;
        for (int j = 0; j < palette.length; j++) {
            double d = dist(palette[j], r, g, b);
            if (d < bd) {
                bd = d;
                best = j;
            }
        }
        return best;
    }

    private static double dist(float[] c, float r, float g, float b) {
        double dr = c[0] - r;
        double dg = c[1] - g;
        double db = c[2] - b;
        return dr * dr + dg * dg + db * db;
    }
}
