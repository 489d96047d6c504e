package nnwb.core.data;

import java.util.Arrays;

/**
 * Labelled images held as floats: {@code size} examples of {@code channels x height x width} values (row-major,
 * channels first) and either one class per example or, for pixel-wise tasks, one class per pixel.
 *
 * @param channels         values per pixel (1 grey, 3 RGB)
 * @param height           rows
 * @param width            columns
 * @param pixels           {@code size * channels * height * width} values, example after example
 * @param labels           {@code size * labelsPerExample} class indices in {@code [0, classes)}
 * @param labelsPerExample 1, or {@code height * width} for one class per pixel
 * @param classes          how many classes
 */
public record ImageSet(int channels, int height, int width, float[] pixels, int[] labels, int labelsPerExample,
        int classes) {

    public ImageSet {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape must be positive, got " + channels + "x" + height + "x" + width);
        }
        if (labelsPerExample != 1 && labelsPerExample != height * width) {
            throw new IllegalArgumentException("labels per example must be 1 or one per pixel, got " + labelsPerExample);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("at least 2 classes, got " + classes);
        }
        long per = (long) channels * height * width;
        if (pixels.length % per != 0 || labels.length != pixels.length / per * labelsPerExample) {
            throw new IllegalArgumentException(pixels.length + " values and " + labels.length
                    + " labels do not make whole examples of " + per + " values and " + labelsPerExample + " labels");
        }
        for (int l : labels) {
            if (l < 0 || l >= classes) {
                throw new IllegalArgumentException("label " + l + " outside 0.." + (classes - 1));
            }
        }
    }

    /** Examples held. */
    public int size() {
        return labels.length / labelsPerExample;
    }

    /** Values of one example. */
    public int valuesPerExample() {
        return channels * height * width;
    }

    /** True when every pixel has its own class (colourisation). */
    public boolean pixelLabels() {
        return labelsPerExample > 1;
    }

    /** A copy of the values of example {@code i}. */
    public float[] example(int i) {
        int n = valuesPerExample();
        return Arrays.copyOfRange(pixels, i * n, (i + 1) * n);
    }

    /** The class of example {@code i} (the first pixel's for pixel labels). */
    public int label(int i) {
        return labels[i * labelsPerExample];
    }

    /** A copy of the labels of example {@code i}. */
    public int[] labelsOf(int i) {
        return Arrays.copyOfRange(labels, i * labelsPerExample, (i + 1) * labelsPerExample);
    }

    /** Examples per class (of example labels, or of pixel labels). */
    public int[] classCounts() {
        int[] c = new int[classes];
        for (int l : labels) {
            c[l]++;
        }
        return c;
    }

    /** The examples at {@code indices}, in that order. */
    public ImageSet subset(int[] indices) {
        int n = valuesPerExample();
        float[] p = new float[indices.length * n];
        int[] l = new int[indices.length * labelsPerExample];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(pixels, indices[k] * n, p, k * n, n);
            System.arraycopy(labels, indices[k] * labelsPerExample, l, k * labelsPerExample, labelsPerExample);
        }
        return new ImageSet(channels, height, width, p, l, labelsPerExample, classes);
    }

    /** The shape as text, e.g. {@code 60 x 1x28x28}. */
    @Override
    public String toString() {
        return size() + " x " + channels + "x" + height + "x" + width + (pixelLabels() ? " (a class per pixel)" : "")
                + ", " + classes + " classes";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageSet s && channels == s.channels && height == s.height && width == s.width
                && labelsPerExample == s.labelsPerExample && classes == s.classes && Arrays.equals(pixels, s.pixels)
                && Arrays.equals(labels, s.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pixels) + Arrays.hashCode(labels);
    }
}
