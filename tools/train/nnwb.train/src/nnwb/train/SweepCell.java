package nnwb.train;

import nnwb.core.data.Optimizer;

/**
 * One cell of a sweep grid, with the engine's prediction and whether it fits the memory budget, known before
 * anything runs.
 *
 * @param batch          batch size
 * @param optimizer      optimizer
 * @param seed           seed
 * @param predictedBytes the engine's training memory for this model, batch and optimizer
 * @param fits           predicted within the budget
 * @param run            the prepared run
 */
public record SweepCell(int batch, Optimizer optimizer, long seed, long predictedBytes, boolean fits, PreparedRun run) {

    /** A folder name for the cell, e.g. {@code b16-adam-s1}. */
    public String name() {
        return "b" + batch + "-" + optimizer.label() + "-s" + seed;
    }
}
