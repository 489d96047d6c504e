package nnwb.core.graph;

import nnwb.core.model.Pos;

/**
 * What is left of the {@link ExpansionLimits} while one graph is built: counts layers and values and watches
 * the clock; {@link ExpansionBudget.Exceeded} ends the whole expansion (it is not a per-line error).
 */
final class ExpansionBudget {

    private final ExpansionLimits limits;
    private final long endNanos;
    private long values;

    ExpansionBudget(ExpansionLimits limits) {
        this.limits = limits;
        this.endNanos = System.nanoTime() + limits.time().toNanos();
    }

    /** One more statement or value at {@code at}; throws when the values or the time are used up. */
    void value(Pos at) {
        if (++values > limits.maxValues()) {
            throw new Exceeded(at, "the model expands to more than " + limits.maxValues()
                    + " statements and values (nested blocks and repeats multiply); make it smaller");
        }
        if ((values & 0xFF) == 0 && System.nanoTime() - endNanos > 0) {
            throw new Exceeded(at, "expanding the model took longer than " + limits.time().toMillis()
                    + " ms (nested blocks and repeats multiply); make it smaller");
        }
    }

    /** Throws when a graph of {@code layers} layers is above the limit. */
    void layers(int layers, Pos at) {
        if (layers > limits.maxLayers()) {
            throw new Exceeded(at, "the model expands to more than " + limits.maxLayers()
                    + " layers (nested blocks and repeats multiply); make it smaller or use a symbol (repeat=L)");
        }
    }

    /** Signal that ends the expansion: the graph is too large; the message is the one-line finding. */
    static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient Pos at;

        Exceeded(Pos at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
