package nnwb.core.filter.grad;

/** Which pooling. */
public enum PoolKind {
    /** The largest value of the window. */
    MAX,
    /** The mean of the window. */
    AVERAGE
}
