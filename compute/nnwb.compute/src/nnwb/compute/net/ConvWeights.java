package nnwb.compute.net;

import nnwb.compute.Tensor;

/**
 * The trained (or initial) weights of one 2D convolution layer of a network, as cross-correlation kernels: what
 * the layer computes is {@code out[o] = bias[o] + sum over c of (in[c] correlated with kernels[o, c])}, the way
 * deep-learning libraries (DL4J included) call convolution.
 *
 * @param layer   the layer's index in the network, from 0 at the input
 * @param name    the layer's name in the backend, or an empty string
 * @param kernels the kernels, shape {@code [outChannels, inChannels, kernelHeight, kernelWidth]}
 * @param bias    one value per output channel (zeros when the layer has no bias)
 */
public record ConvWeights(int layer, String name, Tensor kernels, double[] bias) {

    public ConvWeights {
        if (kernels == null || kernels.rank() != 4) {
            throw new IllegalArgumentException("convolution weights are [out, in, height, width]");
        }
        name = name == null ? "" : name;
        bias = bias == null ? new double[kernels.dim(0)] : bias.clone();
        if (bias.length != kernels.dim(0)) {
            throw new IllegalArgumentException(kernels.dim(0) + " output channels need as many biases, got " + bias.length);
        }
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    public int outputChannels() {
        return kernels.dim(0);
    }

    public int inputChannels() {
        return kernels.dim(1);
    }

    /** Kernel {@code (out, in)} as rows of weights, row 0 at the top. */
    public double[][] kernel(int out, int in) {
        int h = kernels.dim(2);
        int w = kernels.dim(3);
        double[][] k = new double[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                k[r][c] = kernels.get(out, in, r, c);
            }
        }
        return k;
    }
}
