package nnwb.core.filter.grad;

/**
 * One share of the upstream gradient travelling back from an output cell to an input cell.
 *
 * @param outputRow the pooled cell's row
 * @param outputCol the pooled cell's column
 * @param inputRow  the receiving input row
 * @param inputCol  the receiving input column
 * @param amount    the gradient it receives from this output: all of {@code dY} for max pooling, {@code dY/area} for average
 */
public record PoolRoute(int outputRow, int outputCol, int inputRow, int inputCol, double amount) {
}
