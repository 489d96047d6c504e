package nnwb.core.filter.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nnwb.core.filter.kernel.Kernel;

/**
 * The kernels of a convolution layer: one kernel per (output channel, input channel) pair, all of one size, and
 * one bias per output channel. The first layer of a trained CNN is such a bank; so is the Berkeley sheet's
 * CONV2-3 layer.
 *
 * @param kernels {@code kernels.get(o).get(c)} maps input channel {@code c} to output channel {@code o}
 * @param bias    one value per output channel
 */
public record FilterBank(List<List<Kernel>> kernels, List<Double> bias) {

    public FilterBank {
        if (kernels == null || kernels.isEmpty() || kernels.get(0).isEmpty()) {
            throw new IllegalArgumentException("a filter bank needs at least one kernel");
        }
        List<List<Kernel>> copy = new ArrayList<>();
        Kernel first = kernels.get(0).get(0);
        for (int o = 0; o < kernels.size(); o++) {
            List<Kernel> row = kernels.get(o);
            if (row.size() != kernels.get(0).size()) {
                throw new IllegalArgumentException("output channel " + o + " has " + row.size() + " kernels, output channel 0 has "
                        + kernels.get(0).size());
            }
            for (Kernel k : row) {
                if (k == null || k.rows() != first.rows() || k.cols() != first.cols()) {
                    throw new IllegalArgumentException("all kernels of a filter bank must be " + first.rows() + " x " + first.cols());
                }
            }
            copy.add(List.copyOf(row));
        }
        kernels = List.copyOf(copy);
        bias = bias == null ? Collections.nCopies(kernels.size(), 0.0) : List.copyOf(bias);
        if (bias.size() != kernels.size()) {
            throw new IllegalArgumentException("a filter bank with " + kernels.size() + " output channels needs as many biases, got " + bias.size());
        }
    }

    /** A bank for one-channel input without bias: one kernel per output channel. */
    public static FilterBank ofSingleInput(List<Kernel> kernels) {
        return new FilterBank(kernels.stream().map(List::of).toList(), null);
    }

    public int outputChannels() {
        return kernels.size();
    }

    public int inputChannels() {
        return kernels.get(0).size();
    }

    /** The kernel from input channel {@code in} to output channel {@code out}. */
    public Kernel kernel(int out, int in) {
        return kernels.get(out).get(in);
    }
}
