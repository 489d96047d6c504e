package nnwb.core.expr;

import java.util.function.Supplier;

/**
 * The precedence core shared by every expression language: runs of infix operators level by level (loosest first),
 * prefix signs, and a guard on nesting depth, over a {@link Grammar} that supplies the operators, operands and
 * tree. Operands call back into {@link #expression}, {@link #unary} and {@link #nested} for what they enclose
 * (parentheses, exponents, arguments). One instance reads one input; not thread-safe.
 *
 * @param <T> the tree
 * @param <O> the operator
 */
public final class PrecedenceParser<T, O> {

    private final Grammar<T, O> grammar;
    private int depth;

    /** A parser of {@code grammar}'s language. */
    public PrecedenceParser(Grammar<T, O> grammar) {
        this.grammar = grammar;
    }

    /** Reads a whole expression (the loosest level) from where the input stands. */
    public T expression() {
        return level(0);
    }

    private T level(int i) {
        if (i == grammar.levels()) {
            return unary();
        }
        Fold<T, O> fold = grammar.fold(i, level(i + 1));
        for (O op = grammar.infix(i); op != null; op = grammar.infix(i)) {
            fold.add(op, grammar.implicit(op) ? grammar.primary(this) : level(i + 1));
        }
        return fold.result();
    }

    /** Reads an operand with its prefix signs: {@code -u} nests one level deeper per sign. */
    public T unary() {
        O op = grammar.prefix();
        if (op == null) {
            return grammar.primary(this);
        }
        return grammar.prefixed(op, nested(this::unary));
    }

    /** Reads {@code inner} one nesting level deeper, failing with the grammar's error past its limit. */
    public <R> R nested(Supplier<R> inner) {
        if (++depth > grammar.maxDepth()) {
            throw grammar.tooDeep();
        }
        try {
            return inner.get();
        } finally {
            depth--;
        }
    }
}
