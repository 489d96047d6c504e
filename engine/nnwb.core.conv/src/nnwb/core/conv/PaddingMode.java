package nnwb.core.conv;

/** How the cells outside the input are filled before a convolution slides over it. */
public enum PaddingMode {
    /** Padding cells hold zero. */
    ZERO,
    /** Padding cells repeat the input from its other end, as if the signal were periodic (a torus in 2D). */
    CIRCULAR,
    /** Padding cells mirror the input around its edge cell, the edge cell itself not repeated. */
    REFLECT
}
