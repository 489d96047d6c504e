package nnwb.core.filter.kernel;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.MatrixText;

/**
 * A filter kernel of 1..15 rows by 1..15 columns, as it is correlated with the input (what deep-learning
 * libraries call convolution); true convolution slides the {@linkplain #flipped() flipped} kernel.
 * <p>
 * <b>Centre.</b> The centre tap is {@code ((rows-1)/2, (cols-1)/2)} with integer division: the middle tap of an
 * odd side, and for an even side the upper (left) of the two middle taps. It is the tap that lies over input
 * cell {@code (i, j)} when output cell {@code (i, j)} is computed with PyTorch's "same" padding at stride 1,
 * which puts the extra padding cell of an even kernel after the input ({@code before = (k-1)/2}). For even
 * sizes the centre is a convention, not a symmetry: flipping moves it to the other middle tap.
 *
 * @param values the weights, row 0 at the top
 */
public record Kernel(Matrix values) {

    /** The largest side of a kernel. */
    public static final int MAX_SIZE = 15;

    public Kernel {
        if (values == null) {
            throw new IllegalArgumentException("kernel has no values");
        }
        if (values.rows() > MAX_SIZE || values.cols() > MAX_SIZE) {
            throw new IllegalArgumentException("kernel is " + values.rows() + " x " + values.cols()
                    + "; each side must be 1.." + MAX_SIZE);
        }
    }

    /** A kernel from rows of weights. */
    public static Kernel of(double[][] rows) {
        return new Kernel(Matrix.of(rows));
    }

    /** An all-zero kernel. */
    public static Kernel zeros(int rows, int cols) {
        checkSize(rows, cols);
        return new Kernel(Matrix.zeros(rows, cols));
    }

    /** Checks a kernel size without building one. */
    public static void checkSize(int rows, int cols) {
        if (rows < 1 || rows > MAX_SIZE || cols < 1 || cols > MAX_SIZE) {
            throw new IllegalArgumentException("kernel size " + rows + " x " + cols + " is not allowed; each side must be 1.." + MAX_SIZE);
        }
    }

    public int rows() {
        return values.rows();
    }

    public int cols() {
        return values.cols();
    }

    /** The weight at {@code row}, {@code col}. */
    public double get(int row, int col) {
        return values.get(row, col);
    }

    /** The row of the centre tap: {@code (rows-1)/2}. */
    public int centreRow() {
        return (rows() - 1) / 2;
    }

    /** The column of the centre tap: {@code (cols-1)/2}. */
    public int centreCol() {
        return (cols() - 1) / 2;
    }

    /** Whether both sides are odd, so that the centre tap is the true middle. */
    public boolean hasMiddleTap() {
        return rows() % 2 == 1 && cols() % 2 == 1;
    }

    /** The kernel rotated by 180 degrees: weight (r, c) moves to (rows-1-r, cols-1-c). */
    public Kernel flipped() {
        return new Kernel(values.rotated180());
    }

    /** Whether flipping leaves the kernel unchanged (up to {@code 1e-12} of its largest weight). */
    public boolean isFlipSymmetric() {
        return values.maxAbsDifference(values.rotated180()) <= 1e-12 * Math.max(1, values.absSum());
    }

    /** The sum of the weights: the gain on a constant input. */
    public double sum() {
        return values.sum();
    }

    /** This kernel with weight (row, col) set to {@code value}. */
    public Kernel with(int row, int col, double value) {
        return new Kernel(values.with(row, col, value));
    }

    /** This kernel with weight (row, col) raised by {@code delta} (negative lowers), as a paint stroke does. */
    public Kernel adjusted(int row, int col, double delta) {
        return with(row, col, get(row, col) + delta);
    }

    /**
     * This kernel resized to {@code rows x cols}, centre tap kept on the centre tap: weights that fall outside
     * are dropped, new cells are zero.
     */
    public Kernel resized(int rows, int cols) {
        checkSize(rows, cols);
        int dr = (rows - 1) / 2 - centreRow();
        int dc = (cols - 1) / 2 - centreCol();
        return new Kernel(Matrix.generate(rows, cols, (r, c) -> {
            int sr = r - dr;
            int sc = c - dc;
            return sr >= 0 && sr < rows() && sc >= 0 && sc < cols() ? get(sr, sc) : 0;
        }));
    }

    /** The kernel as text that {@link KernelParser} reads back: {@code "1,2,1;0,0,0;-1,-2,-1"}. */
    public String toText() {
        return MatrixText.format(values);
    }
}
