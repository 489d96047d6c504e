package nnwb.core.optim;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * One optimizer's trace, stored column-wise for plotting: parameters, loss, state and closed form
 * per recorded step, with per-step {@link TraceStep} views for JSON and tables. Immutable once built
 * by {@link TraceRunner}.
 */
public final class Trace {

    private final OptimizerConfig config;
    private final List<String> stateNames;
    private final int dim;
    private final int count;
    private final double[] params;
    private final double[] loss;
    private final double[] state;
    private final double[] closed;
    private final double[] closedLoss;
    private final String closedFormula;
    private final TraceFinal last;

    Trace(OptimizerConfig config, List<String> stateNames, int dim, int count, double[] params, double[] loss,
            double[] state, double[] closed, double[] closedLoss, String closedFormula, TraceFinal last) {
        this.config = config;
        this.stateNames = List.copyOf(stateNames);
        this.dim = dim;
        this.count = count;
        this.params = params;
        this.loss = loss;
        this.state = state;
        this.closed = closed;
        this.closedLoss = closedLoss;
        this.closedFormula = closedFormula;
        this.last = last;
    }

    /** The optimizer traced. */
    public OptimizerConfig config() {
        return config;
    }

    /** Names of the state values per parameter ({@code m}, {@code v}, ...). */
    public List<String> stateNames() {
        return stateNames;
    }

    /** The number of parameters. */
    public int dimension() {
        return dim;
    }

    /** Recorded steps, the start included (steps + 1 unless the trace diverged). */
    public int size() {
        return count;
    }

    /** The closed form's formula, or null when the trace has none. */
    public String closedFormula() {
        return closedFormula;
    }

    /** Whether a closed form is recorded beside the trace. */
    public boolean hasClosedForm() {
        return closed != null;
    }

    /** The recorded step {@code i} (0 = start). */
    public TraceStep step(int i) {
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("step " + i + " is outside 0.." + (count - 1));
        }
        Map<String, double[]> s = new LinkedHashMap<>();
        int slots = stateNames.size();
        for (int k = 0; k < slots; k++) {
            int from = (i * slots + k) * dim;
            s.put(stateNames.get(k), Arrays.copyOfRange(state, from, from + dim));
        }
        double[] cf = closed == null ? null : Arrays.copyOfRange(closed, i * dim, (i + 1) * dim);
        return new TraceStep(i, Arrays.copyOfRange(params, i * dim, (i + 1) * dim), loss[i], s, cf,
                closed == null ? Double.NaN : closedLoss[i]);
    }

    /** All recorded steps as a read-only list view. */
    public List<TraceStep> steps() {
        return new AbstractList<>() {
            @Override
            public TraceStep get(int i) {
                return step(i);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** Where the trace ended. */
    public TraceFinal finalState() {
        return last;
    }

    /** The loss at every recorded step. */
    public double[] lossSeries() {
        return Arrays.copyOf(loss, count);
    }

    /** Parameter {@code coord} at every recorded step. */
    public double[] paramSeries(int coord) {
        return column(params, coord);
    }

    /** The closed form of parameter {@code coord} at every step, or null without a closed form. */
    public double[] closedFormSeries(int coord) {
        return closed == null ? null : column(closed, coord);
    }

    /** The closed form's loss at every step, or null without a closed form. */
    public double[] closedFormLossSeries() {
        return closed == null ? null : Arrays.copyOf(closedLoss, count);
    }

    /** State {@code name} of parameter {@code coord} at every step. */
    public double[] stateSeries(String name, int coord) {
        int k = stateNames.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException(config.name() + " keeps no state '" + name + "'; it keeps " + stateNames);
        }
        int slots = stateNames.size();
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = state[(i * slots + k) * dim + coord];
        }
        return out;
    }

    private double[] column(double[] data, int coord) {
        if (coord < 0 || coord >= dim) {
            throw new IllegalArgumentException("parameter " + coord + " is outside 0.." + (dim - 1));
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = data[i * dim + coord];
        }
        return out;
    }
}
