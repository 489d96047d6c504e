package nnwb.core.conv;

import java.util.List;

/**
 * The receptive field through a stack of layers.
 *
 * @param rows       one row per layer and per branch merge, in order
 * @param total      the step after the whole stack
 * @param closedForm {@code 1 + sum of d_l*(k_l-1) times the product of the earlier strides}, along the widest path
 * @param problems   what is wrong with the layers; when not empty the numbers are meaningless
 */
public record RfReport(List<RfRow> rows, RfStep total, Formula closedForm, List<ValidationProblem> problems) {

    public RfReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the stack could be computed. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The receptive field of one output cell of the whole stack. */
    public double receptiveField() {
        return total.receptiveField();
    }
}
