package nnwb.train.experiments;

import java.util.List;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;

/**
 * A ready experiment: one or more run configurations that belong together (a CNN beside an MLP), or a sweep over
 * one configuration.
 *
 * @param id         a short key, e.g. {@code cnn-vs-mlp-20}
 * @param title      shown in lists
 * @param question   what it lets a student see, in one or two sentences
 * @param runs       the configurations to run one after another (empty for a sweep)
 * @param sweepBase  the configuration a sweep varies, or null
 * @param batches    the sweep's batch sizes
 * @param optimizers the sweep's optimizers
 * @param seeds      the sweep's seeds
 */
public record Experiment(String id, String title, String question, List<RunConfig> runs, RunConfig sweepBase,
        List<Integer> batches, List<Optimizer> optimizers, List<Long> seeds) {

    public Experiment {
        runs = List.copyOf(runs);
        batches = List.copyOf(batches);
        optimizers = List.copyOf(optimizers);
        seeds = List.copyOf(seeds);
    }

    public boolean isSweep() {
        return sweepBase != null;
    }

    static Experiment runs(String id, String title, String question, RunConfig... runs) {
        return new Experiment(id, title, question, List.of(runs), null, List.of(), List.of(), List.of());
    }

    static Experiment sweep(String id, String title, String question, RunConfig base, List<Integer> batches,
            List<Optimizer> optimizers, List<Long> seeds) {
        return new Experiment(id, title, question, List.of(), base, batches, optimizers, seeds);
    }
}
