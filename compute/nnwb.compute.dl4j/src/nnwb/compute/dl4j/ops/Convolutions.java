package nnwb.compute.dl4j.ops;

import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;

/**
 * 1D and 2D convolution and cross-correlation through ND4J's conv2d op (DOUBLE precision): the
 * border is padded first (zero, circular, reflect; explicit or "same" amounts), then a valid
 * convolution with stride and dilation runs. 1D runs as 2D with height 1; convolution flips the
 * kernel.
 */
public final class Convolutions {

    private Convolutions() {
    }

    public static Tensor convolve(Tensor input, Tensor kernel, ConvSpec spec) {
        int rank = spec.spatialRank();
        if (input.rank() != rank + 2 || kernel.rank() != rank + 2) {
            throw new IllegalArgumentException("a " + rank + "D convolution takes input and kernel of rank "
                    + (rank + 2) + ", got " + input.rank() + " and " + kernel.rank());
        }
        if (input.dim(1) != kernel.dim(1)) {
            throw new IllegalArgumentException("input has " + input.dim(1) + " channels, kernel expects "
                    + kernel.dim(1));
        }
        Tensor k = spec.kind() == ConvSpec.Kind.CONVOLUTION ? flip(kernel) : kernel;
        INDArray x = NdArrays.of(rank == 1 ? as2d(input) : input);
        INDArray w = NdArrays.of(rank == 1 ? as2d(k) : k);
        int[] stride = rank == 1 ? new int[] {1, spec.stride()[0]} : spec.stride();
        int[] dilation = rank == 1 ? new int[] {1, spec.dilation()[0]} : spec.dilation();
        int[] pads = new int[4];
        if (rank == 2) {
            int[] ph = spec.padding(0, input.dim(2), kernel.dim(2));
            int[] pw = spec.padding(1, input.dim(3), kernel.dim(3));
            pads = new int[] {ph[0], ph[1], pw[0], pw[1]};
        } else {
            int[] pl = spec.padding(0, input.dim(2), kernel.dim(2));
            pads = new int[] {0, 0, pl[0], pl[1]};
        }
        INDArray padded = BorderPadding.pad(x, pads, spec.border());
        Conv2DConfig conf = Conv2DConfig.builder().kH(w.size(2)).kW(w.size(3)).sH(stride[0]).sW(stride[1])
                .pH(0).pW(0).dH(dilation[0]).dW(dilation[1]).paddingMode(PaddingMode.VALID)
                .dataFormat(Conv2DConfig.NCHW).weightsFormat(WeightsFormat.OIYX).build();
        INDArray out = Nd4j.cnn().conv2d(padded, w, conf);
        Tensor result = NdArrays.tensor(out);
        return rank == 1 ? as1d(result) : result;
    }

    /** Reverses the spatial dimensions of an [O, C, ...] kernel. */
    static Tensor flip(Tensor k) {
        int[] s = k.shape();
        int spatial = 1;
        for (int i = 2; i < s.length; i++) {
            spatial *= s[i];
        }
        double[] d = k.data();
        double[] r = new double[d.length];
        for (int block = 0; block < d.length / spatial; block++) {
            for (int j = 0; j < spatial; j++) {
                r[block * spatial + j] = d[block * spatial + spatial - 1 - j];
            }
        }
        return new Tensor(s, r);
    }

    private static Tensor as2d(Tensor t) {
        return new Tensor(new int[] {t.dim(0), t.dim(1), 1, t.dim(2)}, t.data());
    }

    private static Tensor as1d(Tensor t) {
        return new Tensor(new int[] {t.dim(0), t.dim(1), t.dim(3)}, t.data());
    }
}
