package nnwb.train;

import nnwb.core.data.Optimizer;

/**
 * One cell of a sweep grid, with the engine's predictions and whether it fits the memory budget, known before
 * anything runs. Whether it fits is decided from the prediction of what the backend that runs allocates: the
 * {@code dl4j} convention (calibrated against ND4J's measured peak), or the textbook count where DL4J gives none.
 *
 * @param batch          batch size
 * @param optimizer      optimizer
 * @param seed           seed
 * @param predictedBytes the engine's textbook training memory for this model, batch and optimizer
 * @param fits           {@code fitsBytes} within the budget
 * @param run            the prepared run
 * @param fitsConvention the convention {@code fits} was decided by ({@code dl4j}, else {@code textbook})
 * @param fitsBytes      that convention's training memory
 */
public record SweepCell(int batch, Optimizer optimizer, long seed, long predictedBytes, boolean fits, PreparedRun run,
        String fitsConvention, long fitsBytes) {

    /** A folder name for the cell, e.g. {@code b16-adam-s1}. */
    public String name() {
        return "b" + batch + "-" + optimizer.label() + "-s" + seed;
    }
}
