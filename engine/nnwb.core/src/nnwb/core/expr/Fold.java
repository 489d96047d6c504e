package nnwb.core.expr;

/**
 * Builds the tree of one run of same-level infix operators as its operands are read: a left fold into binary nodes
 * ({@link #left}) or a flat list. {@link #add} runs as soon as each operand is read, so errors it throws point there.
 *
 * @param <T> the tree
 * @param <O> the operator
 */
public interface Fold<T, O> {

    /** Takes the next operator and its right operand. */
    void add(O op, T operand);

    /** The tree of the run. */
    T result();

    /** How a left fold combines: {@code (left op right)}. */
    @FunctionalInterface
    interface Combiner<T, O> {
        /** The node {@code left op right}. */
        T combine(O op, T left, T right);
    }

    /** A left fold from {@code first}: {@code ((a op b) op c)}. */
    static <T, O> Fold<T, O> left(T first, Combiner<T, O> combiner) {
        return new Fold<>() {
            private T acc = first;

            @Override
            public void add(O op, T operand) {
                acc = combiner.combine(op, acc, operand);
            }

            @Override
            public T result() {
                return acc;
            }
        };
    }
}
