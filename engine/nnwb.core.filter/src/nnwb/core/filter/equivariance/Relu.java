package nnwb.core.filter.equivariance;

import nnwb.core.filter.Image;

/** The rectifier {@code max(0, v)}, cell by cell: pointwise, so it keeps equivariance. */
public final class Relu {

    private Relu() {
    }

    /** Every value below zero set to zero. */
    public static Image of(Image image) {
        return image.map(m -> m.map(v -> Math.max(0, v)));
    }
}
