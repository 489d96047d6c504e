package nnwb.filter;

import java.util.ArrayList;
import java.util.List;

import nnwb.compute.net.ConvWeights;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterBank;

/** The filters a network learned, as the engine's values: a convolution layer's weights become a {@link FilterBank}. */
public final class LearnedFilters {

    private LearnedFilters() {
    }

    /**
     * The bank of {@code weights}: kernel {@code [o][c]} and bias {@code o}, as cross-correlation kernels (the layer
     * correlates).
     *
     * @throws IllegalArgumentException when the kernels are larger than the editor's 15 x 15
     */
    public static FilterBank bank(ConvWeights weights) {
        int h = weights.kernels().dim(2);
        int w = weights.kernels().dim(3);
        if (h > Kernel.MAX_SIZE || w > Kernel.MAX_SIZE) {
            throw new IllegalArgumentException("layer " + weights.layer() + " has " + h + " x " + w + " kernels; at most "
                    + Kernel.MAX_SIZE + " x " + Kernel.MAX_SIZE + " can be shown");
        }
        List<List<Kernel>> kernels = new ArrayList<>();
        for (int o = 0; o < weights.outputChannels(); o++) {
            List<Kernel> row = new ArrayList<>();
            for (int c = 0; c < weights.inputChannels(); c++) {
                row.add(Kernel.of(weights.kernel(o, c)));
            }
            kernels.add(row);
        }
        List<Double> bias = new ArrayList<>();
        for (double b : weights.bias()) {
            bias.add(b);
        }
        return new FilterBank(kernels, bias);
    }

    /** One-channel kernels sent by another tool, as a bank without bias. */
    public static FilterBank bank(List<double[][]> kernels) {
        if (kernels == null || kernels.isEmpty()) {
            throw new IllegalArgumentException("no kernels to open");
        }
        return FilterBank.ofSingleInput(kernels.stream().map(Kernel::of).toList());
    }
}
