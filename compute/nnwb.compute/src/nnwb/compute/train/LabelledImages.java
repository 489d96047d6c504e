package nnwb.compute.train;

import java.util.Arrays;

/**
 * Labelled images to train or evaluate on, as the compute service reads them: {@code size} examples of
 * {@code channels x height x width} floats (row-major, channels first) and either one class per example or, for
 * pixel-wise tasks, one class per pixel. The arrays are not copied: leave them unchanged while a run reads them.
 *
 * @param channels         values per pixel (1 grey, 3 RGB)
 * @param height           rows
 * @param width            columns
 * @param pixels           {@code size * channels * height * width} values, example after example
 * @param labels           {@code size * labelsPerExample} class indices in {@code [0, classes)}
 * @param labelsPerExample 1, or {@code height * width} for one class per pixel
 * @param classes          how many classes
 */
public record LabelledImages(int channels, int height, int width, float[] pixels, int[] labels, int labelsPerExample,
        int classes) {

    public LabelledImages {
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

    /** True when every pixel has its own class. */
    public boolean pixelLabels() {
        return labelsPerExample > 1;
    }

    /** A copy of the values of example {@code i}. */
    public float[] example(int i) {
        int n = valuesPerExample();
        return Arrays.copyOfRange(pixels, i * n, (i + 1) * n);
    }

    /** A copy of the labels of example {@code i}. */
    public int[] labelsOf(int i) {
        return Arrays.copyOfRange(labels, i * labelsPerExample, (i + 1) * labelsPerExample);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledImages s && channels == s.channels && height == s.height && width == s.width
                && labelsPerExample == s.labelsPerExample && classes == s.classes && Arrays.equals(pixels, s.pixels)
                && Arrays.equals(labels, s.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pixels) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return size() + " x " + channels + "x" + height + "x" + width + (pixelLabels() ? " (a class per pixel)" : "")
                + ", " + classes + " classes";
    }
}
