package nnwb.core.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable rectangular matrix of finite doubles, indexed {@code (row, col)} from 0. The common value of
 * kernels, image channels, gradients and spectra. Negative zero is stored as zero, so equality is by value.
 */
public final class Matrix {

    /** The largest accepted side, in cells. */
    public static final int MAX_SIDE = 16_384;
    /** The largest accepted number of cells. */
    public static final long MAX_CELLS = 16_777_216L;

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        for (int i = 0; i < data.length; i++) {
            data[i] += 0.0;   // -0.0 becomes 0.0, so that equal matrices are equal
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("matrix value at row " + (i / cols + 1) + ", column "
                        + (i % cols + 1) + " is not a finite number");
            }
        }
    }

    /** Checks a shape: both sides positive and the matrix not too large. */
    public static void checkShape(long rows, long cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows + " x " + cols);
        }
        if (rows > MAX_SIDE || cols > MAX_SIDE || rows * cols > MAX_CELLS) {
            throw new IllegalArgumentException("a matrix of " + rows + " x " + cols + " cells is too large (at most "
                    + MAX_SIDE + " per side and " + MAX_CELLS + " cells)");
        }
    }

    /** A copy of a rectangular array of rows. */
    public static Matrix of(double[][] values) {
        if (values == null || values.length == 0 || values[0] == null) {
            throw new IllegalArgumentException("a matrix needs at least one row");
        }
        checkShape(values.length, values[0].length);
        int cols = values[0].length;
        double[] data = new double[values.length * cols];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != cols) {
                throw new IllegalArgumentException("matrix row " + (r + 1) + " has "
                        + (values[r] == null ? 0 : values[r].length) + " values, row 1 has " + cols);
            }
            System.arraycopy(values[r], 0, data, r * cols, cols);
        }
        return new Matrix(values.length, cols, data);
    }

    /** A matrix whose cells are given by {@code f}. */
    public static Matrix generate(int rows, int cols, CellFunction f) {
        checkShape(rows, cols);
        double[] data = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                data[r * cols + c] = f.at(r, c);
            }
        }
        return new Matrix(rows, cols, data);
    }

    /** A matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        return generate(rows, cols, (r, c) -> 0);
    }

    /** A matrix from row-major values; used by engine code that fills arrays itself. */
    public static Matrix ofRowMajor(int rows, int cols, double[] values) {
        checkShape(rows, cols);
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " values for " + rows + " x " + cols
                    + ", got " + values.length);
        }
        return new Matrix(rows, cols, values.clone());
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The value at {@code row}, {@code col}. */
    public double get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IllegalArgumentException("cell (" + row + ", " + col + ") is outside the " + rows + " x " + cols + " matrix");
        }
        return data[row * cols + col];
    }

    /** Whether this matrix has the same shape as {@code other}. */
    public boolean sameShape(Matrix other) {
        return rows == other.rows && cols == other.cols;
    }

    /** A copy of the values as rows. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** A copy of the values in row-major order. */
    public double[] rowMajor() {
        return data.clone();
    }

    /** The values as a list of rows, ready for JSON. */
    public List<List<Double>> toLists() {
        List<List<Double>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(data[r * cols + c]);
            }
            out.add(row);
        }
        return out;
    }

    /** This matrix with one cell replaced. */
    public Matrix with(int row, int col, double value) {
        get(row, col);
        double[] copy = data.clone();
        copy[row * cols + col] = value;
        return new Matrix(rows, cols, copy);
    }

    /** Every value mapped through {@code f}. */
    public Matrix map(DoubleUnaryOperator f) {
        double[] copy = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            copy[i] = f.applyAsDouble(data[i]);
        }
        return new Matrix(rows, cols, copy);
    }

    /** This matrix rotated by 180 degrees: cell (r, c) moves to (rows-1-r, cols-1-c). */
    public Matrix rotated180() {
        return generate(rows, cols, (r, c) -> data[(rows - 1 - r) * cols + (cols - 1 - c)]);
    }

    /** The sum of all values. */
    public double sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s;
    }

    /** The sum of the absolute values. */
    public double absSum() {
        double s = 0;
        for (double v : data) {
            s += Math.abs(v);
        }
        return s;
    }

    /** The largest absolute difference to a matrix of the same shape. */
    public double maxAbsDifference(Matrix other) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException("cannot compare a " + rows + " x " + cols + " matrix with a "
                    + other.rows + " x " + other.cols + " one");
        }
        double m = 0;
        for (int i = 0; i < data.length; i++) {
            m = Math.max(m, Math.abs(data[i] - other.data[i]));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** The values as text rows: {@code "1, 2; 3, 4"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? (r == 0 ? "" : "; ") : ", ").append(Num.format(data[r * cols + c]));
            }
        }
        return sb.toString();
    }
}
