package nnwb.compute;

/**
 * Tensor operations on the backend: one role of the compute service. Operations block until the
 * backend is ready; call them from a job, never from the UI thread.
 */
public interface TensorOperations {

    /**
     * Convolution or cross-correlation of {@code input} [N, C, H, W] (or [N, C, L] in 1D) with
     * {@code kernel} [outC, C, kH, kW] (or [outC, C, K]); the result is [N, outC, oH, oW] (or [N, outC, oL]).
     */
    Tensor convolve(Tensor input, Tensor kernel, ConvSpec spec);

    /** The matrix product of two 2D tensors [m, k] x [k, n]. */
    Tensor matmul(Tensor a, Tensor b);
}
