package nnwb.core.conv;

import java.util.List;

/**
 * Every (padding, output_padding) pair that makes a transposed convolution reach a target size.
 *
 * @param input            the transposed convolution's input size
 * @param target           the wanted output size
 * @param solutions        the pairs, by increasing output padding; empty when none exists
 * @param steps            the derivation, one line each
 * @param whyOutputPadding why the output_padding parameter exists, with this layer's numbers
 */
public record TransposedSolutions(long input, long target, List<TransposedSolution> solutions, List<String> steps,
        String whyOutputPadding) {

    public TransposedSolutions {
        solutions = List.copyOf(solutions);
        steps = List.copyOf(steps);
    }
}
