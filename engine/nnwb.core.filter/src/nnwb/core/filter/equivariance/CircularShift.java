package nnwb.core.filter.equivariance;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;

/** Moves an image on a torus: what leaves at one side comes back at the other. */
public final class CircularShift {

    private CircularShift() {
    }

    /** Shifts down by {@code rows} and right by {@code cols} (negative: up, left): {@code out[r,c] = in[r-rows, c-cols]} mod size. */
    public static Image of(Image image, int rows, int cols) {
        return image.map(m -> of(m, rows, cols));
    }

    /** The same for one matrix. */
    public static Matrix of(Matrix m, int rows, int cols) {
        return Matrix.generate(m.rows(), m.cols(),
                (r, c) -> m.get(Math.floorMod(r - rows, m.rows()), Math.floorMod(c - cols, m.cols())));
    }
}
