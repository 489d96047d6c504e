package nnwb.core.data;

import java.util.Arrays;
import java.util.Locale;

/** The optimizers a run can train with, and the state each keeps per parameter (what memory planning needs). */
public enum Optimizer {
    /** Plain stochastic gradient descent: no state. */
    SGD(0),
    /** SGD with momentum: one velocity per parameter (DL4J trains it as Nesterov momentum). */
    MOMENTUM(1),
    /** Nesterov momentum: one velocity per parameter. */
    NESTEROV(1),
    /** RMSProp: one squared-gradient average per parameter. */
    RMSPROP(1),
    /** AdaGrad: one squared-gradient sum per parameter. */
    ADAGRAD(1),
    /** Adam: first and second moments, two values per parameter. */
    ADAM(2);

    private final int stateSlots;

    Optimizer(int stateSlots) {
        this.stateSlots = stateSlots;
    }

    /** Values of optimizer state per parameter. */
    public int stateSlots() {
        return stateSlots;
    }

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The optimizer called {@code s} (case-insensitive). */
    public static Optimizer parse(String s) {
        for (Optimizer o : values()) {
            if (o.label().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + s + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Optimizer::label).toList()));
    }
}
