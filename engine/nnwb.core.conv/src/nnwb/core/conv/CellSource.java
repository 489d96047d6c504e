package nnwb.core.conv;

/** What a cell of the drawn grid holds. */
public enum CellSource {
    /** A real input cell. */
    INPUT,
    /** A padding cell holding zero (ignored by pooling). */
    PADDING,
    /** A circular padding cell: a copy of the input cell at the other end. */
    WRAPPED,
    /** A reflect padding cell: a mirror copy of an input cell near the edge. */
    REFLECTED,
    /** Transposed convolution: a zero inserted between two input cells spaced by the stride. */
    INSERTED_ZERO,
    /** Transposed convolution: a zero cell at the end that exists because of output_padding. */
    OUTPUT_PADDING;

    /** Whether the cell carries an input value (possibly a copy). */
    public boolean readsInput() {
        return this == INPUT || this == WRAPPED || this == REFLECTED;
    }
}
