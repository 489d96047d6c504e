package nnwb.compute.dl4j.ops;

import nnwb.compute.Tensor;

/** The matrix product through ND4J's gemm (DOUBLE precision). */
public final class MatrixProduct {

    private MatrixProduct() {
    }

    public static Tensor multiply(Tensor a, Tensor b) {
        if (a.rank() != 2 || b.rank() != 2 || a.dim(1) != b.dim(0)) {
            throw new IllegalArgumentException("matrix product needs [m, k] x [k, n], got " + a + " x " + b);
        }
        return NdArrays.tensor(NdArrays.of(a).mmul(NdArrays.of(b)));
    }
}
