package nnwb.core.graph;

import java.util.List;
import nnwb.core.conv.PaddingMode;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/**
 * The resolved parameters of one layer, one entry per spatial axis where a
 * list is given, paddings split into before and after ("same" already
 * resolved). Fields a kind does not use are empty lists, null or defaults.
 *
 * @param units         filters (convolutions), output features (fc), channels (batch norm)
 * @param kernel        kernel size per axis (convolutions, pooling)
 * @param stride        stride per axis
 * @param padBefore     padding before the input per axis (transposed: cropped cells)
 * @param padAfter      padding after the input per axis
 * @param dilation      dilation per axis
 * @param outputPadding output padding per axis (transposed convolution)
 * @param size          target size per axis (adaptive pooling)
 * @param groups        convolution groups
 * @param bias          whether a bias is learnt
 * @param paddingMode   how padding cells are filled
 * @param factor        upsampling factor
 * @param p             dropout probability or leaky-ReLU slope
 * @param affine        batch norm with learnt gamma and beta
 * @param ceilMode      pooling output sizes rounded up (PyTorch's ceil_mode), a window never starting in the right padding
 */
public record LayerParams(Poly units, List<Poly> kernel, List<Poly> stride, List<Poly> padBefore, List<Poly> padAfter,
        List<Poly> dilation, List<Poly> outputPadding, List<Poly> size, Poly groups, boolean bias, PaddingMode paddingMode,
        Poly factor, Rational p, boolean affine, boolean ceilMode) {

    /** Parameters without ceil mode. */
    public LayerParams(Poly units, List<Poly> kernel, List<Poly> stride, List<Poly> padBefore, List<Poly> padAfter,
            List<Poly> dilation, List<Poly> outputPadding, List<Poly> size, Poly groups, boolean bias, PaddingMode paddingMode,
            Poly factor, Rational p, boolean affine) {
        this(units, kernel, stride, padBefore, padAfter, dilation, outputPadding, size, groups, bias, paddingMode, factor, p,
                affine, false);
    }

    /** Parameters of a layer kind that has none. */
    public static final LayerParams NONE = new LayerParams(null, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Poly.ONE, false, PaddingMode.ZERO, null, null, false);

    /** Total padding along axis {@code i}. */
    public Poly padTotal(int i) {
        return padBefore.get(i).add(padAfter.get(i));
    }

    /** Product of the kernel sizes (1 when there is no kernel). */
    public Poly kernelArea() {
        Poly a = Poly.ONE;
        for (Poly k : kernel) {
            a = a.multiply(k);
        }
        return a;
    }

    /** A numeric parameter as a long (for network builders); throws when symbolic. */
    public static long number(Poly p) {
        return p.longValue();
    }
}
