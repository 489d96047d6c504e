package nnwb.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ImpulseTest;

/**
 * 2D filtering on the compute service. The engine's {@link FilterPlan} validates the geometry (output size from the
 * conv-arithmetic engine) and pads the input in any of the four modes ({@link FilterPlan#pad}); the service then runs
 * one unpadded cross-correlation with the plan's {@linkplain FilterPlan#slidingKernel() sliding kernel} (the kernel
 * flipped for true convolution), with the plan's stride and dilation. The channels of an image are filtered with the
 * same kernel in one call, as a batch of one-channel images ({@code [channels, 1, H, W]}); a filter bank mixes
 * channels in one call ({@code [1, C, H, W]} with kernels {@code [O, C, kH, kW]}).
 * <p>
 * Every call blocks until the backend is ready: run it from a job, never on the UI thread.
 */
public final class ComputeFilter {

    private final TensorOperations tensors;

    public ComputeFilter(TensorOperations tensors) {
        this.tensors = Objects.requireNonNull(tensors, "tensors");
    }

    /** Filters every channel of {@code input} with {@code kernel} as {@code spec} says. */
    public Image apply(Kernel kernel, Image input, FilterSpec spec) {
        return apply(FilterPlan.of(kernel, input, spec), input);
    }

    /** Filters every channel of {@code input} with a plan made for its size. */
    public Image apply(FilterPlan plan, Image input) {
        Image padded = plan.pad(input);
        int channels = input.channelCount();
        Tensor x = stack(padded, new int[] {channels, 1, plan.paddedRows(), plan.paddedCols()});
        Kernel s = plan.slidingKernel();
        Tensor w = new Tensor(new int[] {1, 1, s.rows(), s.cols()}, s.values().rowMajor());
        Tensor y = tensors.convolve(x, w, correlation(plan.spec()));
        return unstack(y, channels, plan.outputRows(), plan.outputCols(), null);
    }

    /**
     * Applies a filter bank as a convolution layer does: output channel {@code o} is bias {@code o} plus the sum over
     * input channels {@code c} of channel {@code c} filtered with kernel {@code [o][c]}.
     */
    public Image apply(FilterBank bank, Image input, FilterSpec spec) {
        if (bank.inputChannels() != input.channelCount()) {
            throw new IllegalArgumentException("the filter bank takes " + bank.inputChannels() + " input channel(s), the image has "
                    + input.channelCount());
        }
        FilterPlan plan = FilterPlan.of(bank.kernel(0, 0), input, spec);
        Image padded = plan.pad(input);
        int c = bank.inputChannels();
        int o = bank.outputChannels();
        Tensor x = stack(padded, new int[] {1, c, plan.paddedRows(), plan.paddedCols()});
        int kr = bank.kernel(0, 0).rows();
        int kc = bank.kernel(0, 0).cols();
        double[] w = new double[o * c * kr * kc];
        boolean flip = spec.mode() == FilterMode.CONVOLUTION;
        for (int out = 0; out < o; out++) {
            for (int in = 0; in < c; in++) {
                Kernel k = flip ? bank.kernel(out, in).flipped() : bank.kernel(out, in);
                System.arraycopy(k.values().rowMajor(), 0, w, (out * c + in) * kr * kc, kr * kc);
            }
        }
        Tensor y = tensors.convolve(x, new Tensor(new int[] {o, c, kr, kc}, w), correlation(spec));
        double[] bias = bank.bias().stream().mapToDouble(Double::doubleValue).toArray();
        return unstack(y, o, plan.outputRows(), plan.outputCols(), bias);
    }

    /**
     * The one-click impulse test run on the backend: a single 1 filtered at stride 1 without padding; the output is
     * the kernel flipped for correlation and the kernel itself for true convolution.
     */
    public ImpulseTest impulseTest(Kernel kernel, FilterMode mode) {
        Image out = apply(kernel, ImpulseTest.impulseFor(kernel.rows(), kernel.cols()), FilterSpec.valid(mode));
        return ImpulseTest.judge(kernel, out.channel(0));
    }

    /** The service's description of a plain correlation with the spec's stride and dilation (padding done already). */
    static ConvSpec correlation(FilterSpec spec) {
        return new ConvSpec(ConvSpec.Kind.CORRELATION, new int[] {spec.rows().stride(), spec.cols().stride()},
                new int[] {spec.rows().dilation(), spec.cols().dilation()}, new int[] {0, 0}, new int[] {0, 0}, false,
                ConvSpec.Border.ZERO);
    }

    /** The channels of {@code image} one after another in a tensor of {@code shape}. */
    static Tensor stack(Image image, int[] shape) {
        int plane = image.rows() * image.cols();
        double[] data = new double[image.channelCount() * plane];
        for (int i = 0; i < image.channelCount(); i++) {
            System.arraycopy(image.channel(i).rowMajor(), 0, data, i * plane, plane);
        }
        return new Tensor(shape, data);
    }

    /** Splits a [N, C, rows, cols] result with N*C == {@code count} into channels, adding {@code bias} per channel. */
    static Image unstack(Tensor y, int count, int rows, int cols, double[] bias) {
        int[] s = y.shape();
        if (s.length != 4 || s[0] * s[1] != count || s[2] != rows || s[3] != cols) {
            throw new IllegalStateException("the compute service returned " + java.util.Arrays.toString(s) + ", expected "
                    + count + " channel(s) of " + rows + " x " + cols);
        }
        double[] data = y.data();
        int plane = rows * cols;
        List<Matrix> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] v = java.util.Arrays.copyOfRange(data, i * plane, (i + 1) * plane);
            if (bias != null && bias[i] != 0) {
                for (int j = 0; j < v.length; j++) {
                    v[j] += bias[i];
                }
            }
            out.add(Matrix.ofRowMajor(rows, cols, v));
        }
        return new Image(out);
    }
}
