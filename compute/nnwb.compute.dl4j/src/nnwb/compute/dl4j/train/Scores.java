package nnwb.compute.dl4j.train;

import nnwb.compute.train.LabelledImages;

/**
 * Loss, accuracy and confusion counts from softmax outputs, accumulated batch by batch: the loss is the mean of
 * -log p(true class) over examples (over pixels for pixel labels), as PyTorch's cross-entropy reports it.
 */
final class Scores {

    final long[][] confusion;
    private double lossSum;
    private long hits;
    private long count;

    Scores(int classes) {
        confusion = new long[classes][classes];
    }

    /** Adds outputs {@code p} ([n, C] or [n, C, H, W], row-major) of the examples {@code idx[from..to)}. */
    void add(float[] p, LabelledImages set, int[] idx, int from, int to) {
        int c = set.classes();
        int lpe = set.labelsPerExample();
        int[] labels = set.labels();
        for (int k = 0; k < to - from; k++) {
            int base = idx[from + k] * lpe;
            for (int q = 0; q < lpe; q++) {
                int truth = labels[base + q];
                int best = 0;
                float bv = -Float.MAX_VALUE;
                for (int j = 0; j < c; j++) {
                    float v = p[(k * c + j) * lpe + q];
                    if (v > bv) {
                        bv = v;
                        best = j;
                    }
                }
                lossSum -= Math.log(Math.max(1e-12, p[(k * c + truth) * lpe + q]));
                hits += best == truth ? 1 : 0;
                count++;
                confusion[truth][best]++;
            }
        }
    }

    /** Predicted class of every pixel of example k of a [n, C, H, W] output. */
    static int[] argmaxPixels(float[] p, int k, int classes, int lpe) {
        int[] out = new int[lpe];
        for (int q = 0; q < lpe; q++) {
            int best = 0;
            float bv = -Float.MAX_VALUE;
            for (int j = 0; j < classes; j++) {
                float v = p[(k * classes + j) * lpe + q];
                if (v > bv) {
                    bv = v;
                    best = j;
                }
            }
            out[q] = best;
        }
        return out;
    }

    double loss() {
        return count == 0 ? Double.NaN : lossSum / count;
    }

    double accuracy() {
        return count == 0 ? Double.NaN : (double) hits / count;
    }
}
