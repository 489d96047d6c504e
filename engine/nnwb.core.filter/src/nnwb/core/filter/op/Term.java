package nnwb.core.filter.op;

import nnwb.core.filter.Num;

/**
 * One product of a sum of products: an input value times a kernel weight.
 *
 * @param kernelRow   the weight's row in the kernel as drawn (for true convolution this is the flipped position)
 * @param kernelCol   the weight's column in the kernel as drawn
 * @param weight      the weight
 * @param paddedRow   the row in the padded input
 * @param paddedCol   the column in the padded input
 * @param inputRow    the input row read, or -1 for a zero padding cell
 * @param inputCol    the input column read, or -1 for a zero padding cell
 * @param source      whether the cell is an input cell or which padding
 * @param value       the input value (0 for zero padding)
 */
public record Term(int kernelRow, int kernelCol, double weight, int paddedRow, int paddedCol, int inputRow, int inputCol,
        PadSource source, double value) {

    /** The product. */
    public double product() {
        return value * weight;
    }

    /** {@code "x[2,3]*w[0,1]"}; a zero padding cell reads {@code "pad*w[0,1]"}, copies name the cell they copy. */
    public String symbolic() {
        String x = source == PadSource.ZERO ? "pad" : "x[" + inputRow + "," + inputCol + "]";
        return x + "*w[" + kernelRow + "," + kernelCol + "]";
    }

    /** {@code "13*(-2)"}. */
    public String numeric() {
        return Num.factor(value) + "*" + Num.factor(weight);
    }
}
