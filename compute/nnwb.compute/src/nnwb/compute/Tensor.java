package nnwb.compute;

import java.util.Arrays;

/**
 * A dense tensor of doubles in row-major (C) order.
 *
 * @param shape the size of each dimension
 * @param data  the values, {@code product(shape)} of them
 */
public record Tensor(int[] shape, double[] data) {

    public Tensor {
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + data.length);
        }
    }

    /** A tensor of the given shape holding a copy of {@code values}. */
    public static Tensor of(double[] values, int... shape) {
        return new Tensor(shape, values.clone());
    }

    /** A tensor of zeros. */
    public static Tensor zeros(int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return new Tensor(shape, new double[Math.toIntExact(n)]);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int i) {
        return shape[i];
    }

    /** The value at the given indices. */
    public double get(int... index) {
        return data[offset(index)];
    }

    /** The position of {@code index} in {@link #data()}. */
    public int offset(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("rank " + shape.length + " tensor indexed with " + index.length);
        }
        int off = 0;
        for (int i = 0; i < shape.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException(Arrays.toString(index) + " outside " + Arrays.toString(shape));
            }
            off = off * shape[i] + index[i];
        }
        return off;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
