package nnwb.core.filter.op;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/**
 * The plain-Java reference of 2D filtering: a direct sum per output cell, no padded copy made. Multi-channel
 * images are filtered channel by channel with the same kernel (an RGB image stays RGB); {@link FilterBank}
 * mixes channels as a convolution layer does.
 */
public final class ReferenceFilter {

    private ReferenceFilter() {
    }

    /** Filters every channel of {@code input} with {@code kernel} as {@code spec} says. */
    public static Image apply(Kernel kernel, Image input, FilterSpec spec) {
        FilterPlan plan = FilterPlan.of(kernel, input, spec);
        return input.map(m -> apply(plan, m));
    }

    /** Filters one matrix with a plan made for its size. */
    public static Matrix apply(FilterPlan plan, Matrix input) {
        double[] out = new double[plan.outputRows() * plan.outputCols()];
        accumulate(plan, input, plan.slidingKernel(), out);
        return Matrix.ofRowMajor(plan.outputRows(), plan.outputCols(), out);
    }

    /**
     * Applies a filter bank: output channel {@code o} is the sum over input channels {@code c} of channel
     * {@code c} filtered with kernel {@code [o][c]}, plus bias {@code o}.
     */
    public static Image apply(FilterBank bank, Image input, FilterSpec spec) {
        if (bank.inputChannels() != input.channelCount()) {
            throw new IllegalArgumentException("the filter bank takes " + bank.inputChannels() + " input channel(s), the image has "
                    + input.channelCount());
        }
        List<Matrix> outputs = new ArrayList<>();
        for (int o = 0; o < bank.outputChannels(); o++) {
            FilterPlan plan = null;
            double[] out = null;
            for (int c = 0; c < bank.inputChannels(); c++) {
                Kernel k = bank.kernel(o, c);
                plan = FilterPlan.of(k, input, spec);
                if (out == null) {
                    out = new double[plan.outputRows() * plan.outputCols()];
                    java.util.Arrays.fill(out, bank.bias().get(o));
                }
                accumulate(plan, input.channel(c), plan.slidingKernel(), out);
            }
            outputs.add(Matrix.ofRowMajor(plan.outputRows(), plan.outputCols(), out));
        }
        return new Image(outputs);
    }

    private static void accumulate(FilterPlan plan, Matrix input, Kernel sliding, double[] out) {
        if (input.rows() != plan.inputRows() || input.cols() != plan.inputCols()) {
            throw new IllegalArgumentException("the plan is for a " + plan.inputRows() + " x " + plan.inputCols()
                    + " input, got " + input.rows() + " x " + input.cols());
        }
        double[] x = input.rowMajor();
        double[] w = sliding.values().rowMajor();
        int kr = sliding.rows();
        int kc = sliding.cols();
        int cols = input.cols();
        AxisParams ra = plan.spec().rows();
        AxisParams ca = plan.spec().cols();
        int outCols = plan.outputCols();
        for (int i = 0; i < plan.outputRows(); i++) {
            for (int a = 0; a < kr; a++) {
                int src = plan.rowSource(i * ra.stride() + a * ra.dilation());
                if (src < 0) {
                    continue;
                }
                int rowBase = src * cols;
                for (int j = 0; j < outCols; j++) {
                    double s = 0;
                    int start = j * ca.stride();
                    for (int b = 0; b < kc; b++) {
                        int cs = plan.colSource(start + b * ca.dilation());
                        if (cs >= 0) {
                            s += x[rowBase + cs] * w[a * kc + b];
                        }
                    }
                    out[i * outCols + j] += s;
                }
            }
        }
    }
}
