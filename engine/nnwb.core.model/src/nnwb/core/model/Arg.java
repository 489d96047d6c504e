package nnwb.core.model;

import java.util.List;

/**
 * One argument of a statement: {@code key=value} or a positional value
 * ({@code key} null). A value is one expression or several joined by
 * {@code x} or commas ({@code 3x3}, {@code 1,2}).
 */
public record Arg(String key, Pos keyPos, List<Expr> values, Pos pos) {

    public Arg {
        values = List.copyOf(values);
    }

    public boolean positional() {
        return key == null;
    }

    /** The first value. */
    public Expr value() {
        return values.get(0);
    }
}
