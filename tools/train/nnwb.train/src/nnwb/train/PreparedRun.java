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
 */
public record PreparedRun(RunConfig config, Dataset dataset, String modelText, AnalysisReport report, GraphSpec graph,
        MemoryPrediction prediction) {

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
        Dataset d = (cache == null ? new DataCache() : cache).get(c.dataset());
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
        return new PreparedRun(c, d, text, r, m.spec(), MemoryPrediction.of(r, c.optimizer()));
    }
}
