package nnwb.core.data;

import java.util.Random;

/** One fixed random permutation of pixel positions, applied alike to every image (and channel). */
public final class Permutation {

    private Permutation() {
    }

    /** A permutation of {@code 0..n-1} drawn by Fisher-Yates from {@code seed}: position i takes pixel p[i]. */
    public static int[] of(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        Random r = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** {@code set} with each channel's pixels rearranged by {@code p}; pixel labels are rearranged alike. */
    public static ImageSet apply(ImageSet set, int[] p) {
        int area = set.height() * set.width();
        if (p.length != area) {
            throw new IllegalArgumentException("a permutation of " + p.length + " pixels for images of " + area);
        }
        float[] src = set.pixels();
        float[] dst = new float[src.length];
        for (int plane = 0; plane < src.length / area; plane++) {
            int base = plane * area;
            for (int i = 0; i < area; i++) {
                dst[base + i] = src[base + p[i]];
            }
        }
        int[] labels = set.labels();
        if (set.pixelLabels()) {
            int[] l = new int[labels.length];
            for (int e = 0; e < set.size(); e++) {
                for (int i = 0; i < area; i++) {
                    l[e * area + i] = labels[e * area + p[i]];
                }
            }
            labels = l;
        } else {
            labels = labels.clone();
        }
        return new ImageSet(set.channels(), set.height(), set.width(), dst, labels, set.labelsPerExample(), set.classes());
    }
}
