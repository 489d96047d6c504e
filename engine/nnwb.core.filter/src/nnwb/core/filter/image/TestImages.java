package nnwb.core.filter.image;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;

/** Grayscale test images with values in 0..1 (the 1..n matrix excepted), generated in code and deterministic. */
public final class TestImages {

    /** The largest side a named test input accepts. */
    public static final int MAX_SIDE = 2048;

    private TestImages() {
    }

    /** Dark left half, bright right half (columns from {@code cols/2} on are 1): a vertical edge. */
    public static Image verticalEdge(int rows, int cols) {
        return gray(rows, cols, (r, c) -> c >= cols / 2 ? 1 : 0);
    }

    /** Dark top half, bright bottom half (rows from {@code rows/2} on are 1): a horizontal edge. */
    public static Image horizontalEdge(int rows, int cols) {
        return gray(rows, cols, (r, c) -> r >= rows / 2 ? 1 : 0);
    }

    /** A one-pixel vertical line of ones in column {@code col}, zeros elsewhere (the Berkeley sheet's edge images). */
    public static Image verticalLine(int rows, int cols, int col) {
        inRange("line column", col, cols);
        return gray(rows, cols, (r, c) -> c == col ? 1 : 0);
    }

    /** A one-pixel horizontal line of ones in row {@code row}, zeros elsewhere. */
    public static Image horizontalLine(int rows, int cols, int row) {
        inRange("line row", row, rows);
        return gray(rows, cols, (r, c) -> r == row ? 1 : 0);
    }

    /** Squares of {@code cell} pixels, 0 at the top-left square, alternating with 1. */
    public static Image checkerboard(int rows, int cols, int cell) {
        positive("checkerboard cell", cell);
        return gray(rows, cols, (r, c) -> (r / cell + c / cell) % 2);
    }

    /** Concentric rings about the middle, each {@code spacing} pixels wide, 1 and 0 alternating (1 at the middle). */
    public static Image circles(int rows, int cols, int spacing) {
        positive("ring spacing", spacing);
        double mr = (rows - 1) / 2.0;
        double mc = (cols - 1) / 2.0;
        return gray(rows, cols, (r, c) -> ((int) Math.floor(Math.hypot(r - mr, c - mc) / spacing)) % 2 == 0 ? 1 : 0);
    }

    /** A left-to-right ramp from 0 to 1. */
    public static Image rampHorizontal(int rows, int cols) {
        return gray(rows, cols, (r, c) -> cols == 1 ? 0 : c / (cols - 1.0));
    }

    /** A top-to-bottom ramp from 0 to 1. */
    public static Image rampVertical(int rows, int cols) {
        return gray(rows, cols, (r, c) -> rows == 1 ? 0 : r / (rows - 1.0));
    }

    /** The numbers 1, 2, ... row by row; 5 x 5 gives the coursework's matrix 1..25. */
    public static Image sequence(int rows, int cols) {
        return gray(rows, cols, (r, c) -> r * cols + c + 1);
    }

    /** A single 1 at {@code (rows/2, cols/2)}, zeros elsewhere. */
    public static Image impulse(int rows, int cols) {
        return gray(rows, cols, (r, c) -> r == rows / 2 && c == cols / 2 ? 1 : 0);
    }

    /** Uniform noise in 0..1 from a fixed seed. */
    public static Image noise(int rows, int cols, long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] v = new double[checked(rows, cols)];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble();
        }
        return Image.gray(Matrix.ofRowMajor(rows, cols, v));
    }

    private static Image gray(int rows, int cols, nnwb.core.filter.CellFunction f) {
        checked(rows, cols);
        return Image.gray(Matrix.generate(rows, cols, f));
    }

    private static int checked(int rows, int cols) {
        Matrix.checkShape(rows, cols);
        return rows * cols;
    }

    private static void inRange(String what, int v, int size) {
        if (v < 0 || v >= size) {
            throw new IllegalArgumentException(what + " " + v + " is outside 0.." + (size - 1));
        }
    }

    private static void positive(String what, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + v);
        }
    }
}
