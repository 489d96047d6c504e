package nnwb.core.optim;

import java.util.List;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * What to trace: one problem, the optimizers to compare, and the settings they all share (a fair
 * comparison: the same start, step budget, batch size, seed and noise for every optimizer).
 *
 * @param problem    the problem
 * @param optimizers one or more optimizers
 * @param steps      optimizer steps to take, 0..{@value #MAX_STEPS}
 * @param batch      mini-batch size; 0 means the exact (full-batch, noise-free) gradient
 * @param seed       the seed of every optimizer's random stream (each starts from it afresh)
 * @param noise      standard deviation of Gaussian noise added to every gradient component, divided
 *                   by √batch when batch > 0 (0: none); noise as a control on any problem
 * @param start      the starting point, or null for the problem's default
 */
public record TraceRequest(Problem problem, List<OptimizerConfig> optimizers, int steps, int batch, long seed,
        double noise, double[] start) {

    /** Most steps per trace. */
    public static final int MAX_STEPS = 1_000_000;
    /** Most optimizers per request. */
    public static final int MAX_OPTIMIZERS = 32;
    /** Most values recorded per request (parameters, state and closed forms over all steps). */
    public static final long MAX_VALUES = 20_000_000L;

    public TraceRequest {
        if (problem == null) {
            throw new IllegalArgumentException("no problem given");
        }
        if (optimizers == null || optimizers.isEmpty()) {
            throw new IllegalArgumentException("no optimizer given");
        }
        if (optimizers.size() > MAX_OPTIMIZERS) {
            throw new IllegalArgumentException("at most " + MAX_OPTIMIZERS + " optimizers per trace, got " + optimizers.size());
        }
        optimizers = List.copyOf(optimizers);
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be between 0 and " + MAX_STEPS + ", got " + steps);
        }
        if (batch < 0 || batch > 1_000_000) {
            throw new IllegalArgumentException("batch must be between 0 (full batch) and 1000000, got " + batch);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number ≥ 0, got " + noise);
        }
        start = start == null ? problem.start() : start.clone();
        if (start.length != problem.dimension()) {
            throw new IllegalArgumentException("start has " + start.length + " values but " + problem.name()
                    + " has " + problem.dimension() + " parameters");
        }
        for (double v : start) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("start must be finite numbers");
            }
        }
        long perStep = 0;
        for (OptimizerConfig c : optimizers) {
            perStep += (long) problem.dimension() * (2 + c.stateSlots()) + 2;
        }
        if (perStep * (steps + 1L) > MAX_VALUES) {
            throw new IllegalArgumentException("trace too large: " + perStep * (steps + 1L) + " values to record, at most "
                    + MAX_VALUES + "; take fewer steps or optimizers");
        }
    }

    /** Exact gradients, seed 1, no noise, the problem's start. */
    public static TraceRequest of(Problem problem, List<OptimizerConfig> optimizers, int steps) {
        return new TraceRequest(problem, optimizers, steps, 0, 1, 0, null);
    }

    /** This request with another batch size and seed. */
    public TraceRequest withBatch(int newBatch, long newSeed) {
        return new TraceRequest(problem, optimizers, steps, newBatch, newSeed, noise, start);
    }

    /** This request with added gradient noise. */
    public TraceRequest withNoise(double newNoise) {
        return new TraceRequest(problem, optimizers, steps, batch, seed, newNoise, start);
    }

    /** This request from another start. */
    public TraceRequest withStart(double[] newStart) {
        return new TraceRequest(problem, optimizers, steps, batch, seed, noise, newStart);
    }

    @Override
    public double[] start() {
        return start.clone();
    }
}
