package nnwb.core.conv;

/**
 * The padding that gives "same" output: exactly the input size at stride 1, {@code ceil(in/stride)} otherwise.
 * When the total is odd the extra cell goes after the input (the convention of TensorFlow and PyTorch).
 *
 * @param before     cells before the input
 * @param after      cells after the input
 * @param outputSize the output size with this padding
 * @param total      the derivation of {@code before + after}
 */
public record SamePadding(long before, long after, long outputSize, Formula total) {

    /** Whether the two sides differ, which a single symmetric {@code padding} argument cannot express. */
    public boolean asymmetric() {
        return before != after;
    }
}
