package nnwb.filter;

import java.util.Objects;

import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;

/**
 * The kernel gradient on the compute service, written as what it is: the padded input correlated with the upstream
 * gradient. {@code dS[a,b] = sum_{i,j} dY[i,j] P[i*sr + a*dr, j*sc + b*dc]} is a correlation of {@code P} with
 * {@code dY} as the kernel, whose taps lie {@code stride} apart (the service's dilation) and whose output cells lie
 * {@code dilation} apart (the service's stride). For true convolution {@code dW} is {@code dS} flipped back. The
 * engine's {@code ConvGradients.weightGradient} is the same sum written out.
 */
public final class ComputeGradients {

    private final TensorOperations tensors;

    public ComputeGradients(TensorOperations tensors) {
        this.tensors = Objects.requireNonNull(tensors, "tensors");
    }

    /** {@code dL/dW} for a kernel of {@code kernelRows x kernelCols}. */
    public Matrix weightGradient(Matrix x, Matrix dY, int kernelRows, int kernelCols, FilterSpec spec) {
        FilterPlan plan = FilterPlan.of(Kernel.zeros(kernelRows, kernelCols), x.rows(), x.cols(), spec);
        if (dY.rows() != plan.outputRows() || dY.cols() != plan.outputCols()) {
            throw new IllegalArgumentException("the upstream gradient dY is " + dY.rows() + " x " + dY.cols()
                    + " but the output is " + plan.outputRows() + " x " + plan.outputCols());
        }
        Matrix p = plan.pad(Image.gray(x)).channel(0);
        ConvSpec swapped = new ConvSpec(ConvSpec.Kind.CORRELATION,
                new int[] {spec.rows().dilation(), spec.cols().dilation()},
                new int[] {spec.rows().stride(), spec.cols().stride()}, new int[] {0, 0}, new int[] {0, 0}, false,
                ConvSpec.Border.ZERO);
        Tensor y = tensors.convolve(new Tensor(new int[] {1, 1, p.rows(), p.cols()}, p.rowMajor()),
                new Tensor(new int[] {1, 1, dY.rows(), dY.cols()}, dY.rowMajor()), swapped);
        // cells a stride drops at the far end can make the result larger than the kernel: keep the taps
        int rows = y.dim(2);
        int cols = y.dim(3);
        if (rows < kernelRows || cols < kernelCols) {
            throw new IllegalStateException("the compute service returned " + rows + " x " + cols + " for a "
                    + kernelRows + " x " + kernelCols + " kernel gradient");
        }
        double[] d = y.data();
        Matrix dS = Matrix.generate(kernelRows, kernelCols, (a, b) -> d[a * cols + b]);
        return spec.mode() == FilterMode.CONVOLUTION ? dS.rotated180() : dS;
    }
}
