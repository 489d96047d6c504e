package nnwb.filter;

import java.util.Objects;

import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;
import nnwb.compute.TensorOperations;
import nnwb.core.filter.signal.Convolution1d;
import nnwb.core.filter.signal.Filter1dResult;
import nnwb.core.filter.signal.Signal;

/**
 * 1D filtering on the compute service: the full discrete convolution {@code y[n] = sum_i x[i] h[n - i]} of two finite
 * signals, run as the service's 1D true convolution of {@code x} zero-padded by {@code len(h) - 1} on both sides. The
 * output's first index is the sum of the inputs' first indices, so shifting the input shifts the output. The limits
 * are the engine's ({@link Convolution1d}).
 */
public final class ComputeSignals {

    private final TensorOperations tensors;

    public ComputeSignals(TensorOperations tensors) {
        this.tensors = Objects.requireNonNull(tensors, "tensors");
    }

    /** The whole output: indices {@code x.first()+h.first() .. x.last()+h.last()}. */
    public Signal full(Signal x, Signal h) {
        long length = (long) x.length() + h.length() - 1;
        if (length > Signal.MAX_LENGTH) {
            throw new IllegalArgumentException("the convolution would have " + length + " samples, more than " + Signal.MAX_LENGTH);
        }
        if ((long) x.length() * h.length() > Convolution1d.MAX_WORK) {
            throw new IllegalArgumentException("signals of " + x.length() + " and " + h.length()
                    + " samples are too long to convolve directly (product above " + Convolution1d.MAX_WORK + ")");
        }
        int pad = h.length() - 1;
        ConvSpec spec = new ConvSpec(ConvSpec.Kind.CONVOLUTION, new int[] {1}, new int[] {1}, new int[] {pad},
                new int[] {pad}, false, ConvSpec.Border.ZERO);
        Tensor y = tensors.convolve(new Tensor(new int[] {1, 1, x.length()}, x.values()),
                new Tensor(new int[] {1, 1, h.length()}, h.values()), spec);
        if (y.rank() != 3 || y.dim(2) != length) {
            throw new IllegalStateException("the compute service returned " + java.util.Arrays.toString(y.shape())
                    + ", expected " + length + " samples");
        }
        return Signal.of(Math.addExact(x.first(), h.first()), y.data());
    }

    /** The output over {@code from..to} inclusive (zeros outside its support), ready for a plot or JSON. */
    public Filter1dResult over(Signal x, Signal h, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("index range " + from + ".." + to + " is empty: from must not exceed to");
        }
        if ((long) to - from + 1 > Convolution1d.MAX_RANGE) {
            throw new IllegalArgumentException("index range " + from + ".." + to + " has more than " + Convolution1d.MAX_RANGE + " indices");
        }
        Signal y = full(x, h);
        int[] indices = new int[to - from + 1];
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = from + k;
            out[k] = y.at(from + k);
        }
        return new Filter1dResult(indices, out);
    }

    /** The output over its own support. */
    public Filter1dResult over(Signal x, Signal h) {
        Signal y = full(x, h);
        int[] indices = new int[y.length()];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = y.first() + k;
        }
        return new Filter1dResult(indices, y.values());
    }
}
