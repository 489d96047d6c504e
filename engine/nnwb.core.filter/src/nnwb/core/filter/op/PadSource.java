package nnwb.core.filter.op;

/** Where the value of a cell of the padded input comes from. */
public enum PadSource {
    /** A real input cell. */
    INPUT,
    /** A zero padding cell. */
    ZERO,
    /** A circular padding cell: a copy from the other end. */
    WRAPPED,
    /** A reflect padding cell: a mirror copy, edge cell not repeated. */
    REFLECTED,
    /** A replicate padding cell: a copy of the edge cell. */
    REPLICATED
}
