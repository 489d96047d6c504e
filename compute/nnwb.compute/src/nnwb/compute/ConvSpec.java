package nnwb.compute;

import java.util.Arrays;

/**
 * How to convolve: kind, stride, dilation and padding per spatial dimension (one value each in
 * 1D, height then width in 2D).
 *
 * @param kind      convolution (kernel flipped) or cross-correlation (as CNN layers compute)
 * @param stride    step of the window, at least 1
 * @param dilation  spacing of kernel taps, at least 1 (1 = dense kernel)
 * @param padBefore padding before each dimension (top, left); ignored when {@code same}
 * @param padAfter  padding after each dimension (bottom, right); ignored when {@code same}
 * @param same      pad so that the output size is ceil(input / stride), the extra cell after
 * @param border    what the padded cells hold
 */
public record ConvSpec(Kind kind, int[] stride, int[] dilation, int[] padBefore, int[] padAfter, boolean same,
        Border border) {

    /** Convolution flips the kernel; correlation does not. */
    public enum Kind {
        CONVOLUTION, CORRELATION
    }

    /** Values of the cells outside the input. */
    public enum Border {
        /** zeros */
        ZERO,
        /** the input wraps around (periodic) */
        CIRCULAR,
        /** mirrored without repeating the edge: d c b | a b c d | c b a */
        REFLECT
    }

    public ConvSpec {
        int n = stride.length;
        if (n < 1 || n > 2 || dilation.length != n || padBefore.length != n || padAfter.length != n) {
            throw new IllegalArgumentException("stride, dilation and padding need 1 or 2 values each, alike");
        }
        for (int i = 0; i < n; i++) {
            if (stride[i] < 1 || dilation[i] < 1 || padBefore[i] < 0 || padAfter[i] < 0) {
                throw new IllegalArgumentException("stride and dilation must be >= 1 and padding >= 0");
            }
        }
        stride = stride.clone();
        dilation = dilation.clone();
        padBefore = padBefore.clone();
        padAfter = padAfter.clone();
    }

    /** 2D correlation, stride 1, no dilation, no padding ("valid"). */
    public static ConvSpec valid2d() {
        return new ConvSpec(Kind.CORRELATION, new int[] {1, 1}, new int[] {1, 1}, new int[] {0, 0},
                new int[] {0, 0}, false, Border.ZERO);
    }

    /** 1D correlation, stride 1, no dilation, no padding. */
    public static ConvSpec valid1d() {
        return new ConvSpec(Kind.CORRELATION, new int[] {1}, new int[] {1}, new int[] {0}, new int[] {0}, false,
                Border.ZERO);
    }

    public int spatialRank() {
        return stride.length;
    }

    public ConvSpec withKind(Kind k) {
        return new ConvSpec(k, stride, dilation, padBefore, padAfter, same, border);
    }

    /** Stride, one value per dimension or one for all. */
    public ConvSpec withStride(int... s) {
        return new ConvSpec(kind, perDim(s), dilation, padBefore, padAfter, same, border);
    }

    /** Dilation, one value per dimension or one for all. */
    public ConvSpec withDilation(int... d) {
        return new ConvSpec(kind, stride, perDim(d), padBefore, padAfter, same, border);
    }

    private int[] perDim(int[] v) {
        if (v.length == 1 && stride.length == 2) {
            return new int[] {v[0], v[0]};
        }
        return v;
    }

    /** Symmetric explicit padding, one value per dimension or one for all. */
    public ConvSpec withPadding(int... p) {
        int[] q = perDim(p);
        return new ConvSpec(kind, stride, dilation, q, q, false, border);
    }

    /** Explicit padding before and after each dimension. */
    public ConvSpec withPadding(int[] before, int[] after) {
        return new ConvSpec(kind, stride, dilation, before, after, false, border);
    }

    public ConvSpec withSame() {
        return new ConvSpec(kind, stride, dilation, padBefore, padAfter, true, border);
    }

    public ConvSpec withBorder(Border b) {
        return new ConvSpec(kind, stride, dilation, padBefore, padAfter, same, b);
    }

    /**
     * The padding {before, after} of spatial dimension {@code i} for an input of size {@code in}
     * and a kernel of size {@code k}: explicit, or computed for "same".
     */
    public int[] padding(int i, int in, int k) {
        if (!same) {
            return new int[] {padBefore[i], padAfter[i]};
        }
        int extent = (k - 1) * dilation[i] + 1;
        int out = (in + stride[i] - 1) / stride[i];
        int total = Math.max((out - 1) * stride[i] + extent - in, 0);
        return new int[] {total / 2, total - total / 2};
    }

    /** The output size of spatial dimension {@code i}. */
    public int outputSize(int i, int in, int k) {
        int[] p = padding(i, in, k);
        int extent = (k - 1) * dilation[i] + 1;
        int size = in + p[0] + p[1] - extent;
        if (size < 0) {
            throw new IllegalArgumentException("kernel extent " + extent + " larger than padded input "
                    + (in + p[0] + p[1]));
        }
        return size / stride[i] + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvSpec c && kind == c.kind && same == c.same && border == c.border
                && Arrays.equals(stride, c.stride) && Arrays.equals(dilation, c.dilation)
                && Arrays.equals(padBefore, c.padBefore) && Arrays.equals(padAfter, c.padAfter);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {kind.hashCode(), Arrays.hashCode(stride), Arrays.hashCode(dilation),
            Arrays.hashCode(padBefore), Arrays.hashCode(padAfter), Boolean.hashCode(same), border.hashCode()});
    }

    @Override
    public String toString() {
        return kind + " stride " + Arrays.toString(stride) + " dilation " + Arrays.toString(dilation)
                + (same ? " same" : " pad " + Arrays.toString(padBefore) + Arrays.toString(padAfter)) + " " + border;
    }
}
