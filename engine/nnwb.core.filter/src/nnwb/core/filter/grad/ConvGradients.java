package nnwb.core.filter.grad;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;

/**
 * Backward pass of one-channel filtering {@code Y[i,j] = sum_{a,b} P[i*sr + a*dr, j*sc + b*dc] S[a,b]}, with
 * {@code P} the padded input and {@code S} the sliding kernel (the kernel, or its flip for true convolution).
 * <ul>
 * <li>{@code dS[a,b] = sum_{i,j} dY[i,j] P[i*sr + a*dr, j*sc + b*dc]}: the padded input correlated with
 * {@code dY} (dY's cells spread {@code stride} apart, the taps {@code dilation} apart). With stride 1, no padding
 * and correlation this is the Berkeley sheet's {@code dw[h,l] = sum_{i,j} x[i+h-1, j+l-1] dy[i,j]}. For true
 * convolution {@code dW} is {@code dS} flipped back.</li>
 * <li>{@code dX[p] = sum over (i, j, a, b) whose tap reads input cell p (directly or through a padding copy) of
 * dY[i,j] S[a,b]}; zero padding cells take no gradient.</li>
 * </ul>
 */
public final class ConvGradients {

    private ConvGradients() {
    }

    /** Both gradients. */
    public static ConvGrad of(Matrix x, Kernel w, Matrix dY, FilterSpec spec) {
        return new ConvGrad(weightGradient(x, dY, w.rows(), w.cols(), spec), inputGradient(w, dY, x.rows(), x.cols(), spec));
    }

    /** {@code dL/dW} for a kernel of {@code kernelRows x kernelCols}; needs the input, not the weights. */
    public static Matrix weightGradient(Matrix x, Matrix dY, int kernelRows, int kernelCols, FilterSpec spec) {
        FilterPlan plan = FilterPlan.of(Kernel.zeros(kernelRows, kernelCols), x.rows(), x.cols(), spec);
        checkUpstream(plan, dY);
        AxisParams ra = spec.rows();
        AxisParams ca = spec.cols();
        double[] dS = new double[kernelRows * kernelCols];
        for (int i = 0; i < plan.outputRows(); i++) {
            for (int j = 0; j < plan.outputCols(); j++) {
                double g = dY.get(i, j);
                for (int a = 0; a < kernelRows; a++) {
                    int r = plan.rowSource(i * ra.stride() + a * ra.dilation());
                    for (int b = 0; b < kernelCols && r >= 0; b++) {
                        int c = plan.colSource(j * ca.stride() + b * ca.dilation());
                        if (c >= 0) {
                            dS[a * kernelCols + b] += g * x.get(r, c);
                        }
                    }
                }
            }
        }
        Matrix sliding = Matrix.ofRowMajor(kernelRows, kernelCols, dS);
        return spec.mode() == FilterMode.CONVOLUTION ? sliding.rotated180() : sliding;
    }

    /** {@code dL/dX} for an input of {@code inputRows x inputCols}; needs the weights, not the input. */
    public static Matrix inputGradient(Kernel w, Matrix dY, int inputRows, int inputCols, FilterSpec spec) {
        FilterPlan plan = FilterPlan.of(w, inputRows, inputCols, spec);
        checkUpstream(plan, dY);
        Kernel s = plan.slidingKernel();
        AxisParams ra = spec.rows();
        AxisParams ca = spec.cols();
        double[] dX = new double[inputRows * inputCols];
        for (int i = 0; i < plan.outputRows(); i++) {
            for (int j = 0; j < plan.outputCols(); j++) {
                double g = dY.get(i, j);
                for (int a = 0; a < s.rows(); a++) {
                    int r = plan.rowSource(i * ra.stride() + a * ra.dilation());
                    for (int b = 0; b < s.cols() && r >= 0; b++) {
                        int c = plan.colSource(j * ca.stride() + b * ca.dilation());
                        if (c >= 0) {
                            dX[r * inputCols + c] += g * s.get(a, b);
                        }
                    }
                }
            }
        }
        return Matrix.ofRowMajor(inputRows, inputCols, dX);
    }

    /** The weights after one plain gradient-descent step: {@code W - learningRate * dW}. */
    public static Matrix sgdStep(Kernel w, Matrix dW, double learningRate) {
        if (!w.values().sameShape(dW)) {
            throw new IllegalArgumentException("the gradient is " + dW.rows() + " x " + dW.cols() + ", the kernel "
                    + w.rows() + " x " + w.cols());
        }
        return Matrix.generate(w.rows(), w.cols(), (r, c) -> w.get(r, c) - learningRate * dW.get(r, c));
    }

    private static void checkUpstream(FilterPlan plan, Matrix dY) {
        if (dY.rows() != plan.outputRows() || dY.cols() != plan.outputCols()) {
            throw new IllegalArgumentException("the upstream gradient dY is " + dY.rows() + " x " + dY.cols()
                    + " but the output is " + plan.outputRows() + " x " + plan.outputCols());
        }
    }
}
