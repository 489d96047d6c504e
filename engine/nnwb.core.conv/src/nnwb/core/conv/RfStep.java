package nnwb.core.conv;

/**
 * Receptive-field bookkeeping after a layer, measured in cells of the network's input.
 * <p>
 * Convention: input cell {@code i} spans {@code [i, i+1)}, so its centre is {@code i + 0.5}. After a layer,
 * output cell {@code o} sees {@code receptiveField} consecutive input cells (padding positions included, dilation
 * gaps included) centred on {@code start + o*jump}.
 *
 * @param receptiveField span of input cells one output cell depends on
 * @param jump           distance in input cells between neighbouring output cells (product of the strides)
 * @param start          centre of output cell 0's field in input coordinates
 */
public record RfStep(double receptiveField, double jump, double start) {

    /** The network input itself: field 1, jump 1, cell 0 centred at 0.5. */
    public static RfStep input() {
        return new RfStep(1, 1, 0.5);
    }

    /**
     * The step after a convolution or pooling with this kernel, stride, padding before the input and dilation:
     * the field grows by {@code (d*(k-1))*jump}, the jump multiplies by the stride, and the centre moves by
     * {@code (d*(k-1)/2 - padBefore)*jump}.
     */
    public RfStep then(long kernel, long stride, long padBefore, long dilation) {
        double span = dilation * (kernel - 1);
        return new RfStep(receptiveField + span * jump, jump * stride, start + (span / 2 - padBefore) * jump);
    }

    /** The centre of output cell {@code o}'s field, in input coordinates. */
    public double centre(long o) {
        return start + o * jump;
    }

    /** The first input index of output cell {@code o}'s field (negative: padding before the input). */
    public long firstInputIndex(long o) {
        return Math.round(centre(o) - receptiveField / 2);
    }

    /** The last input index of output cell {@code o}'s field (at or past the input size: padding after it). */
    public long lastInputIndex(long o) {
        return firstInputIndex(o) + Math.round(receptiveField) - 1;
    }
}
