package nnwb.core.data;

import java.util.List;

/**
 * A training and a validation split of one task.
 *
 * @param spec        the spec string it was made from, e.g. {@code edges:per-class=20}
 * @param description one line on what it holds
 * @param train       training examples
 * @param validation  validation examples (same shape and classes)
 * @param classNames  a name per class
 * @param palette     for colourisation the RGB colour (0..1) of each class, else empty
 */
public record Dataset(String spec, String description, ImageSet train, ImageSet validation, List<String> classNames,
        List<float[]> palette) {

    public Dataset {
        classNames = List.copyOf(classNames);
        palette = palette.stream().map(float[]::clone).toList();
        if (train.channels() != validation.channels() || train.height() != validation.height()
                || train.width() != validation.width() || train.classes() != validation.classes()
                || train.labelsPerExample() != validation.labelsPerExample()) {
            throw new IllegalArgumentException("training and validation sets differ in shape or classes");
        }
        if (classNames.size() != train.classes()) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + train.classes() + " classes");
        }
        if (!palette.isEmpty() && palette.size() != train.classes()) {
            throw new IllegalArgumentException(palette.size() + " palette colours for " + train.classes() + " classes");
        }
    }

    public int classes() {
        return train.classes();
    }

    /** True for pixel-wise classification (colourisation). */
    public boolean pixelLabels() {
        return train.pixelLabels();
    }
}
