package nnwb.compute.onednn3;

import java.util.Arrays;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;

/**
 * One convolution call's shapes and geometry as oneDNN wants them: batch, channels, sizes, kernel, strides,
 * dilation (DL4J's 1 = none is oneDNN's 0), and the pads on both sides. In {@code Same} mode DL4J pads
 * {@code ((out-1)*s + k_eff - in) / 2} before (ConvolutionUtils.getSameModeTopLeftPadding) and the rest
 * after; otherwise {@code pad} before and after (oneDNN's output size rule floors like DL4J's Truncate).
 * It is the key of the primitive cache: equal shapes, equal primitives.
 */
record ConvShape(long n, long c, long h, long w, long oc, long oh, long ow, int kh, int kw, long[] strides,
        long[] dilates, long[] padL, long[] padR, boolean nhwc, int type) {

    static ConvShape of(long[] inShape, long oc, int[] kernel, int[] strides, int[] pad, int[] dilation,
            ConvolutionMode mode, CNN2DFormat format, int type) {
        boolean nhwc = format == CNN2DFormat.NHWC;
        long n = inShape[0];
        long c = nhwc ? inShape[3] : inShape[1];
        long h = nhwc ? inShape[1] : inShape[2];
        long w = nhwc ? inShape[2] : inShape[3];
        long[] in = {h, w};
        long[] out = new long[2];
        long[] pl = new long[2];
        long[] pr = new long[2];
        for (int i = 0; i < 2; i++) {
            long eff = (long) (kernel[i] - 1) * dilation[i] + 1;
            if (mode == ConvolutionMode.Same) {
                out[i] = (in[i] + strides[i] - 1) / strides[i];
                long total = Math.max(0, (out[i] - 1) * strides[i] + eff - in[i]);
                pl[i] = total / 2;
                pr[i] = total - pl[i];
            } else {
                out[i] = (in[i] + 2L * pad[i] - eff) / strides[i] + 1;
                pl[i] = pad[i];
                pr[i] = pad[i];
            }
            if (out[i] <= 0) {
                throw new IllegalArgumentException("convolution output size " + out[i] + " for input " + in[i]);
            }
        }
        return new ConvShape(n, c, h, w, oc, out[0], out[1], kernel[0], kernel[1],
                new long[] {strides[0], strides[1]}, new long[] {dilation[0] - 1L, dilation[1] - 1L}, pl, pr, nhwc,
                type);
    }

    Dnnl.Geometry geometry() {
        return new Dnnl.Geometry(strides, dilates, padL, padR);
    }

    int tag() {
        return nhwc ? Dnnl.TAG_NHWC : Dnnl.TAG_NCHW;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvShape s && n == s.n && c == s.c && h == s.h && w == s.w && oc == s.oc && oh == s.oh
                && ow == s.ow && kh == s.kh && kw == s.kw && Arrays.equals(strides, s.strides)
                && Arrays.equals(dilates, s.dilates) && Arrays.equals(padL, s.padL) && Arrays.equals(padR, s.padR)
                && nhwc == s.nhwc && type == s.type;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {n, c, h, w, oc, oh, ow, kh, kw, strides[0], strides[1], dilates[0],
                dilates[1], padL[0], padL[1], padR[0], padR[1], nhwc ? 1 : 0, type});
    }

    @Override
    public String toString() {
        return (nhwc ? "NHWC " : "NCHW ") + n + "x" + c + "x" + h + "x" + w + " -> " + oc + "x" + oh + "x" + ow
                + ", kernel " + kh + "x" + kw + ", stride " + Arrays.toString(strides) + ", pads "
                + Arrays.toString(padL) + "/" + Arrays.toString(padR) + ", dilation-1 " + Arrays.toString(dilates);
    }
}
