package nnwb.core.conv;

/**
 * A convolution or pooling layer in a receptive-field stack.
 *
 * @param label     what to show for it (e.g. the typed token {@code k3s2p1})
 * @param kernel    kernel size
 * @param stride    stride
 * @param padBefore padding before the input; moves the field, does not change its size
 * @param dilation  dilation
 */
public record RfLayer(String label, long kernel, long stride, long padBefore, long dilation) implements RfNode {

    /** A layer labelled with its canonical token, e.g. {@code k3s2p1d2} (p and d left out when 0 and 1). */
    public static RfLayer of(long kernel, long stride, long padBefore, long dilation) {
        String label = "k" + kernel + "s" + stride + (padBefore != 0 ? "p" + padBefore : "")
                + (dilation != 1 ? "d" + dilation : "");
        return new RfLayer(label, kernel, stride, padBefore, dilation);
    }

    /** The step after this layer. */
    public RfStep apply(RfStep before) {
        return before.then(kernel, stride, padBefore, dilation);
    }
}
