package nnwb.train;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nnwb.compute.graph.GraphMapping;
import nnwb.compute.graph.GraphSpec;
import nnwb.model.compute.ModelGraphs;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.data.Dataset;
import nnwb.core.data.DatasetSpec;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunModel;

/**
 * A run configuration checked and made ready: its data loaded, its model analysed by the engine at the run's
 * batch, mapped to a {@link GraphSpec}, and the engine's memory prediction for this model, batch and optimizer.
 *
 * @param config     the configuration
 * @param dataset    the data
 * @param modelText  the model's .nnet text
 * @param report     the engine's analysis at the run's batch
 * @param graph      the network the compute service builds
 * @param prediction the engine's training memory by category
 * @param seconds    how long preparing took: {@code data} (generating or reading the data set, 0 when a sweep's cache
 *                   had it) and {@code prepare} (all of it: data, the engine's analysis, the mapping)
 */
public record PreparedRun(RunConfig config, Dataset dataset, String modelText, AnalysisReport report, GraphSpec graph,
        MemoryPrediction prediction, Map<String, Double> seconds) {

    public PreparedRun {
        seconds = Map.copyOf(seconds);
    }

    /** Loaded datasets by spec, so a sweep generates or reads its data once. */
    public static final class DataCache {
        private final Map<String, Dataset> loaded = new HashMap<>();

        synchronized Dataset get(String spec) {
            Dataset d = loaded.get(spec);
            if (d == null) {
                try {
                    d = DatasetSpec.parse(spec).load();
                } catch (IllegalArgumentException e) {
                    throw new RunProblem("dataset " + spec + ": " + e.getMessage());
                }
                loaded.put(spec, d);
            }
            return d;
        }
    }

    /**
     * Checks and prepares {@code c}; {@code base} resolves a relative model file.
     *
     * @throws RunProblem with a one-line reason when the configuration, model or data cannot train
     */
    public static PreparedRun prepare(RunConfig c, Path base, DataCache cache) {
        if (!c.validate().isEmpty()) {
            throw new RunProblem(c.validate().get(0));
        }
        long t0 = System.nanoTime();
        Dataset d = (cache == null ? new DataCache() : cache).get(c.dataset());
        double data = (System.nanoTime() - t0) / 1e9;
        String text;
        try {
            text = RunModel.text(c, base);
        } catch (IllegalArgumentException e) {
            throw new RunProblem(e.getMessage());
        }
        var t = d.train();
        AnalysisReport r = RunModel.analyze(text, c.symbols(), t.channels(), t.height(), t.width(), d.classes(), c.batch());
        String mismatch = RunModel.mismatch(r, t.channels(), t.height(), t.width(), d.classes(), d.pixelLabels());
        if (mismatch != null) {
            throw new RunProblem(c.modelLabel() + ": " + mismatch);
        }
        GraphMapping m = ModelGraphs.fromAnalysis(r.graph());
        if (m.spec() == null) {
            throw new RunProblem(c.modelLabel() + " cannot be built with DL4J: " + m.reason());
        }
        LayerOptions.of(c, m.spec());
        MemoryPrediction prediction = MemoryPrediction.of(r, c.optimizer());
        return new PreparedRun(c, d, text, r, m.spec(), prediction,
                Map.of("data", data, "prepare", (System.nanoTime() - t0) / 1e9));
    }
}
