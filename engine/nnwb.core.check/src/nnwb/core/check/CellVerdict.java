package nnwb.core.check;

/**
 * The verdict on one cell of a vector, matrix or table.
 *
 * @param cell      where: {@code [3]} in a vector, {@code (2,1)} in a matrix, {@code conv1 / params} in a table
 * @param status    correct, wrong or ungradable input (partially correct for a cell with partial credit)
 * @param reason    one line, safe to show for hidden keys
 * @param keyDetail one line that reveals the cell's key; shown only where the key is not hidden
 */
public record CellVerdict(String cell, Status status, String reason, String keyDetail) implements java.io.Serializable {

    public CellVerdict {
        cell = Echo.oneLine(cell == null ? "" : cell);
        if (status == null) {
            throw new IllegalArgumentException("cell verdict without a status");
        }
        reason = Echo.oneLine(reason == null ? "" : reason);
        keyDetail = Echo.oneLine(keyDetail == null ? "" : keyDetail);
    }
}
