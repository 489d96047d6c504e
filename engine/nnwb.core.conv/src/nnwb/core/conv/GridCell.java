package nnwb.core.conv;

/**
 * One cell of the grid a layer's kernel slides over along one axis.
 *
 * @param position   the index in the grid, from 0 (the first padding cell, if any)
 * @param source     what the cell holds
 * @param inputIndex the input cell whose value it holds (for wrapped and reflected cells the original), or -1
 */
public record GridCell(long position, CellSource source, long inputIndex) {
}
