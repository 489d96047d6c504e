package nnwb.compute.dl4j;

import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;

/** Convolution by its definition, in plain Java: the reference the service is checked against. */
final class ReferenceConvolution {

    private ReferenceConvolution() {
    }

    /** 2D: x [N, C, H, W], k [O, C, KH, KW]. */
    static Tensor conv2d(Tensor x, Tensor k, ConvSpec s) {
        int n = x.dim(0), c = x.dim(1), h = x.dim(2), w = x.dim(3);
        int o = k.dim(0), kh = k.dim(2), kw = k.dim(3);
        int[] ph = pads(s, 0, h, kh);
        int[] pw = pads(s, 1, w, kw);
        int eh = (kh - 1) * s.dilation()[0] + 1, ew = (kw - 1) * s.dilation()[1] + 1;
        int oh = (h + ph[0] + ph[1] - eh) / s.stride()[0] + 1;
        int ow = (w + pw[0] + pw[1] - ew) / s.stride()[1] + 1;
        boolean flip = s.kind() == ConvSpec.Kind.CONVOLUTION;
        double[] out = new double[n * o * oh * ow];
        int i = 0;
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < o; f++) {
                for (int y = 0; y < oh; y++) {
                    for (int z = 0; z < ow; z++) {
                        double sum = 0;
                        for (int ch = 0; ch < c; ch++) {
                            for (int a = 0; a < kh; a++) {
                                for (int d = 0; d < kw; d++) {
                                    int iy = y * s.stride()[0] + a * s.dilation()[0] - ph[0];
                                    int ix = z * s.stride()[1] + d * s.dilation()[1] - pw[0];
                                    double kv = flip ? k.get(f, ch, kh - 1 - a, kw - 1 - d) : k.get(f, ch, a, d);
                                    sum += kv * sample(x, b, ch, iy, ix, s.border());
                                }
                            }
                        }
                        out[i++] = sum;
                    }
                }
            }
        }
        return new Tensor(new int[] {n, o, oh, ow}, out);
    }

    /** 1D: x [N, C, L], k [O, C, K]; the definition with a height of one. */
    static Tensor conv1d(Tensor x, Tensor k, ConvSpec s) {
        ConvSpec s2 = new ConvSpec(s.kind(), new int[] {1, s.stride()[0]}, new int[] {1, s.dilation()[0]},
                new int[] {0, s.padBefore()[0]}, new int[] {0, s.padAfter()[0]}, false, s.border());
        int[] p = pads(s, 0, x.dim(2), k.dim(2));
        s2 = s2.withPadding(new int[] {0, p[0]}, new int[] {0, p[1]});
        Tensor r = conv2d(new Tensor(new int[] {x.dim(0), x.dim(1), 1, x.dim(2)}, x.data()),
                new Tensor(new int[] {k.dim(0), k.dim(1), 1, k.dim(2)}, k.data()), s2);
        return new Tensor(new int[] {r.dim(0), r.dim(1), r.dim(3)}, r.data());
    }

    /** Padding before and after: explicit, or "same" as TensorFlow defines it. */
    private static int[] pads(ConvSpec s, int dim, int in, int k) {
        if (!s.same()) {
            return new int[] {s.padBefore()[dim], s.padAfter()[dim]};
        }
        int stride = s.stride()[dim];
        int out = (int) Math.ceil(in / (double) stride);
        int total = Math.max((out - 1) * stride + (k - 1) * s.dilation()[dim] + 1 - in, 0);
        return new int[] {total / 2, total - total / 2};
    }

    private static double sample(Tensor x, int b, int c, int y, int z, ConvSpec.Border border) {
        int h = x.dim(2), w = x.dim(3);
        if (y >= 0 && y < h && z >= 0 && z < w) {
            return x.get(b, c, y, z);
        }
        return switch (border) {
            case ZERO -> 0;
            case CIRCULAR -> x.get(b, c, Math.floorMod(y, h), Math.floorMod(z, w));
            case REFLECT -> x.get(b, c, reflect(y, h), reflect(z, w));
        };
    }

    private static int reflect(int i, int n) {
        if (i < 0) {
            return -i;
        }
        return i >= n ? 2 * (n - 1) - i : i;
    }
}
