package nnwb.core.conv;

/**
 * One row of a receptive-field table.
 *
 * @param label what the row is: a layer token, or a merge of branches
 * @param depth nesting depth (0 outside branches; inside a branch path, one more than the branch)
 * @param path  which branch path (1-based) the row belongs to, 0 outside branches
 * @param layer the layer, or null for a merge row
 * @param step  field, jump and start after this row
 */
public record RfRow(String label, int depth, int path, RfLayer layer, RfStep step) {
}
