package nnwb.contracts;

import java.util.Objects;
import java.util.function.Consumer;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;

/**
 * The data of {@link Topics#MODEL_ANALYSED}: which model, its analysis, and how to analyse it again with
 * other options (batch, storage type, symbol values).
 *
 * @param name      the model's file name, for display
 * @param origin    identifies the model's editor across events (compare with {@code ==})
 * @param report    the engine's analysis
 * @param reanalyse re-runs the analysis with these options; a new event follows
 */
public record ModelAnalysed(String name, Object origin, AnalysisReport report, Consumer<AnalysisOptions> reanalyse) {

    public ModelAnalysed {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reanalyse, "reanalyse");
    }
}
