package nnwb.compute;

import java.util.Arrays;

/**
 * The state an updater carries between steps.
 *
 * @param kind      the updater it belongs to
 * @param iteration steps taken so far
 * @param slots     {@code kind.stateSlots()} arrays of one value per parameter: the velocity
 *                  (MOMENTUM, NESTEROV), the squared-gradient average (RMSPROP) or sum (ADAGRAD),
 *                  the first then the second moment (ADAM)
 */
public record UpdaterState(UpdaterSpec.UpdaterKind kind, int iteration, double[][] slots) {

    public UpdaterState {
        if (slots.length != kind.stateSlots()) {
            throw new IllegalArgumentException(kind + " keeps " + kind.stateSlots() + " state arrays, got "
                    + slots.length);
        }
        slots = Arrays.stream(slots).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] slots() {
        return Arrays.stream(slots).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdaterState s && kind == s.kind && iteration == s.iteration
                && Arrays.deepEquals(slots, s.slots);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + iteration) + Arrays.deepHashCode(slots);
    }

    @Override
    public String toString() {
        return "UpdaterState[" + kind + ", iteration " + iteration + "]";
    }
}
