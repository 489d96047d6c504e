package nnwb.core.expr;

/**
 * What one language tells the {@link PrecedenceParser}: its infix operators on each precedence level, its prefix
 * signs, how it reads an operand (atoms, calls, powers) and builds its tree, and the error it gives when input
 * nests too deeply. Operator methods consume the operator they return and leave the input untouched when they
 * return null.
 *
 * @param <T> the tree the language builds
 * @param <O> what an operator is to the language (a character, a token)
 */
public interface Grammar<T, O> {

    /** How many infix precedence levels there are, level 0 binding loosest; by default 2, sums and products. */
    default int levels() {
        return 2;
    }

    /** The infix operator of {@code level} at the input, consumed; null when there is none. */
    O infix(int level);

    /**
     * Whether {@code op} is an implicit operator (a product by juxtaposition, {@code 2n}); its right operand is then
     * read by {@link #primary} without a prefix sign, else by {@link PrecedenceParser#unary}.
     */
    default boolean implicit(O op) {
        return false;
    }

    /** Starts folding the operands of one run of {@code level}'s operators, with its first operand. */
    Fold<T, O> fold(int level, T first);

    /** The prefix sign at the input, consumed; null when there is none (the default: no prefix signs). */
    default O prefix() {
        return null;
    }

    /** {@code operand} under the prefix sign {@code op}. */
    default T prefixed(O op, T operand) {
        throw new UnsupportedOperationException("no prefix signs");
    }

    /** An operand: an atom with whatever binds tighter than a prefix sign (powers, calls). */
    T primary(PrecedenceParser<T, O> parser);

    /** The deepest nesting {@link PrecedenceParser#nested} accepts. */
    default int maxDepth() {
        return Integer.MAX_VALUE;
    }

    /** The error thrown when nesting goes past {@link #maxDepth}, at the input where it happened. */
    default RuntimeException tooDeep() {
        return new IllegalArgumentException("nested more than " + maxDepth() + " levels deep");
    }
}
