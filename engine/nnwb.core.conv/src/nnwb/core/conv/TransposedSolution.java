package nnwb.core.conv;

/** A per-side padding and an output padding that make a transposed convolution reach a target size. */
public record TransposedSolution(long padding, long outputPadding) {
}
