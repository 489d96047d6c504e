package nnwb.core.filter;

/** A value per matrix cell, used to generate matrices. */
@FunctionalInterface
public interface CellFunction {

    /** The value at {@code row}, {@code col} (both from 0). */
    double at(int row, int col);
}
