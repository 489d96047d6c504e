package nnwb.core.model;

import nnwb.core.symbolic.Rational;

/**
 * An arithmetic expression in a layer argument: numbers, names (symbols, block
 * parameters, layer references or words such as {@code false}), {@code + - * /},
 * floor division {@code //} and parentheses.
 */
public sealed interface Expr {

    Pos pos();

    /** A number literal; decimals are exact rationals ({@code 0.5} is 1/2). */
    record Num(Rational value, Pos pos) implements Expr {
    }

    /** A name. */
    record Name(String name, Pos pos) implements Expr {
    }

    /** A binary operation; {@code op} is one of {@code + - * / //}. */
    record Binary(String op, Expr left, Expr right, Pos pos) implements Expr {
    }

    /** Unary minus. */
    record Negate(Expr operand, Pos pos) implements Expr {
    }

    /** The name when this expression is a bare name, else null. */
    default String asName() {
        return this instanceof Name n ? n.name() : null;
    }
}
