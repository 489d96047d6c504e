package nnwb.compute.graph;

import java.util.List;

/**
 * Second moments measured on a built network at initialisation: a batch of unit-variance Gaussian inputs goes
 * forward, a unit-variance Gaussian gradient at the output goes back. One row per node, the input first, in
 * the order and with the names of the analysis engine's variance rows; or no rows and the reason why the
 * network could not be sampled.
 *
 * @param rows        per node, input first
 * @param batch       examples in the batch
 * @param unsupported why there are no rows, else empty
 */
public record VarianceSample(List<Row> rows, int batch, String unsupported) {

    /**
     * One node.
     *
     * @param name     the node name
     * @param forward  E[x²] of its output over the batch and all values
     * @param gradient E[g²] of the gradient with respect to its output
     */
    public record Row(String name, double forward, double gradient) {
    }

    public VarianceSample {
        rows = List.copyOf(rows);
        unsupported = unsupported == null ? "" : unsupported;
    }

    public static VarianceSample unsupported(String why) {
        return new VarianceSample(List.of(), 0, why);
    }

    public boolean supported() {
        return unsupported.isEmpty();
    }

    /** The row of node {@code name}, or null. */
    public Row row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
