package nnwb.core.model;

/** What is known about a symbol's parity; an odd {@code kernel} makes {@code kernel//2} exact. */
public enum Parity {
    ANY, ODD, EVEN
}
