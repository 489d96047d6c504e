package nnwb.core.conv;

/** What a layer does with its window: a weighted sum, a pooling, or the transposed (fractionally strided) convolution. */
public enum ConvKind {
    /** Convolution (cross-correlation, as deep-learning libraries compute it). */
    CONV,
    /** Max or average pooling: the same window arithmetic as {@link #CONV}, padding cells are ignored rather than read. */
    POOL,
    /** Transposed convolution: every input cell scatters the kernel over the output. */
    TRANSPOSED
}
