package nnwb.compute.dl4j.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.Tensor;

/** Conversions between the API's {@link Tensor} and ND4J arrays (row-major, copied). */
public final class NdArrays {

    private NdArrays() {
    }

    /** A DOUBLE array holding a copy of {@code t}. */
    public static INDArray of(Tensor t) {
        return Nd4j.create(t.data(), toLong(t.shape()), DataType.DOUBLE);
    }

    /** A FLOAT array holding {@code t}, for networks. */
    public static INDArray ofFloat(Tensor t) {
        return Nd4j.create(t.data(), toLong(t.shape()), DataType.DOUBLE).castTo(DataType.FLOAT);
    }

    /** A tensor holding a copy of {@code a}. */
    public static Tensor tensor(INDArray a) {
        long[] s = a.shape();
        int[] shape = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            shape[i] = Math.toIntExact(s[i]);
        }
        INDArray d = a.castTo(DataType.DOUBLE).dup('c');
        return new Tensor(shape, d.data().asDouble());
    }

    static long[] toLong(int[] v) {
        long[] r = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i];
        }
        return r;
    }
}
