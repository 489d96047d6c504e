package nnwb.core.model;

/** A place in the source text: 1-based line and column, and the length of the text there. */
public record Pos(int line, int column, int length) {

    /** Where nothing more precise is known (line 1, column 1). */
    public static final Pos START = new Pos(1, 1, 1);

    public Pos {
        length = Math.max(1, length);
    }
}
