package nnwb.filter;

import java.util.Objects;

import nnwb.core.filter.Image;
import nnwb.core.filter.equivariance.CircularShift;
import nnwb.core.filter.equivariance.EquivarianceCheck;
import nnwb.core.filter.equivariance.FeatureNet;
import nnwb.core.filter.equivariance.GlobalAveragePool;
import nnwb.core.filter.equivariance.Relu;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterSpec;

/**
 * Translation equivariance on the compute service: the engine's feature net ({@code CONV -> ReLU -> ... -> GAP}) and
 * its shift-then-filter check, with every convolution run by {@link ComputeFilter}; shifts, ReLU and global average
 * pooling are the engine's.
 */
public final class ComputeFeatures {

    private final ComputeFilter filter;

    public ComputeFeatures(ComputeFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** The feature maps after the net's last ReLU. */
    public Image maps(FeatureNet net, Image input) {
        Image x = input;
        for (FilterBank layer : net.layers()) {
            x = Relu.of(filter.apply(layer, x, net.spec()));
        }
        return x;
    }

    /** The pooled features: one per output channel of the last layer. */
    public double[] features(FeatureNet net, Image input) {
        return GlobalAveragePool.of(maps(net, input));
    }

    /**
     * Shift-then-filter against filter-then-shift for one kernel, as the engine's {@link EquivarianceCheck#run} does it.
     *
     * @throws IllegalArgumentException when a shift is not a multiple of its axis's stride
     */
    public EquivarianceCheck check(Kernel kernel, Image input, FilterSpec spec, int dr, int dc) {
        int sr = spec.rows().stride();
        int sc = spec.cols().stride();
        if (dr % sr != 0 || dc % sc != 0) {
            throw new IllegalArgumentException("shift (" + dr + ", " + dc + ") must be a multiple of the stride ("
                    + sr + ", " + sc + ")");
        }
        Image out = filter.apply(kernel, input, spec);
        Image a = filter.apply(kernel, CircularShift.of(input, dr, dc), spec);
        Image b = CircularShift.of(out, dr / sr, dc / sc);
        double diff = a.rows() == b.rows() && a.cols() == b.cols() ? a.maxAbsDifference(b) : Double.POSITIVE_INFINITY;
        return new EquivarianceCheck(a, b, diff, GlobalAveragePool.of(out), GlobalAveragePool.of(a));
    }
}
