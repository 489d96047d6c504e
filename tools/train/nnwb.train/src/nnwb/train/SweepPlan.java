package nnwb.train;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.memory.Dl4jConvention;
import nnwb.core.memory.TextbookConvention;

/**
 * A grid of batch sizes x optimizers x seeds over one run configuration, each cell prepared (so its model and data
 * are checked) and its memory predicted by the engine and compared with the budget before anything runs: the
 * {@code dl4j} prediction, what DL4J/ND4J allocates on the backend that trains (see {@link SweepCell}).
 *
 * @param base   the configuration the cells vary
 * @param budget the memory a cell may take
 * @param cells  batch-major, then optimizer, then seed
 */
public record SweepPlan(RunConfig base, MemoryBudget budget, List<SweepCell> cells) {

    /** The default grid: batches 4, 16, 64, 256 and SGD, momentum, Adam. */
    public static final List<Integer> DEFAULT_BATCHES = List.of(4, 16, 64, 256);
    public static final List<Optimizer> DEFAULT_OPTIMIZERS = List.of(Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM);

    public SweepPlan {
        cells = List.copyOf(cells);
    }

    /** The sentence that says what decided "fits": the convention of the cells' predictions. */
    public String decidedBy() {
        boolean dl4j = cells.stream().allMatch(c -> c.fitsConvention().equals(Dl4jConvention.NAME));
        return dl4j ? "fits and the largest batch are decided from the dl4j prediction (what DL4J/ND4J allocates on this backend)"
                : "fits and the largest batch are decided from the dl4j prediction where DL4J gives one, else the textbook count";
    }

    /**
     * Plans the grid.
     *
     * @throws RunProblem when the grid is empty or a cell cannot be prepared
     */
    public static SweepPlan of(RunConfig base, List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds,
            MemoryBudget budget, TrainingRunner runner) {
        if (batches.isEmpty() || optimizers.isEmpty() || seeds.isEmpty()) {
            throw new RunProblem("a sweep needs at least one batch size, optimizer and seed");
        }
        if (batches.size() * optimizers.size() * seeds.size() > 1000) {
            throw new RunProblem("a sweep has at most 1000 cells");
        }
        List<SweepCell> cells = new ArrayList<>();
        for (int b : batches) {
            for (Optimizer o : optimizers) {
                for (long s : seeds) {
                    RunConfig c = base.withBatch(b).withOptimizer(o).withSeed(s)
                            .withName(base.name() + " b" + b + " " + o.label() + " s" + s);
                    PreparedRun p = runner.prepare(c);
                    long predicted = p.prediction().total();
                    Long dl4j = p.prediction().byConvention().get(Dl4jConvention.NAME);
                    String convention = dl4j != null ? Dl4jConvention.NAME : TextbookConvention.NAME;
                    long deciding = dl4j != null ? dl4j : predicted;
                    cells.add(new SweepCell(b, o, s, predicted, budget.fits(deciding), p, convention, deciding));
                }
            }
        }
        return new SweepPlan(base, budget, cells);
    }

    /** The largest batch size whose every cell fits, or 0 when none does. */
    public int largestBatchThatFits() {
        int best = 0;
        for (SweepCell c : cells) {
            boolean all = cells.stream().filter(x -> x.batch() == c.batch()).allMatch(SweepCell::fits);
            if (all) {
                best = Math.max(best, c.batch());
            }
        }
        return best;
    }

    /** The largest batch that fits with optimizer {@code o}, or 0. */
    public int largestBatchThatFits(Optimizer o) {
        return cells.stream().filter(c -> c.optimizer() == o && c.fits()).mapToInt(SweepCell::batch).max().orElse(0);
    }
}
