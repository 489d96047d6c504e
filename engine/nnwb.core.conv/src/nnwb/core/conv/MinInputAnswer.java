package nnwb.core.conv;

/**
 * The smallest input that gives a wanted output size.
 *
 * @param target      the wanted output size
 * @param exists      false when no input size gives exactly {@code target} (padding alone yields more)
 * @param minInput    the smallest such input (valid when {@code exists})
 * @param maxInput    the largest input with the same output: {@code minInput + stride - 1} (valid when {@code exists})
 * @param formula     the derivation before clamping to at least one cell
 * @param explanation one sentence for the user
 */
public record MinInputAnswer(long target, boolean exists, long minInput, long maxInput, Formula formula, String explanation) {
}
