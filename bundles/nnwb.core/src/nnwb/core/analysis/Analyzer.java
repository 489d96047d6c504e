package nnwb.core.analysis;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.model.Finding;
import nnwb.core.model.ModelParser;
import nnwb.core.model.NetworkModel;

/**
 * Entry point of the engine: {@code analyze(text, options)} parses and analyses
 * a {@code .nnet} description. Never throws for a bad model; problems are
 * {@link Finding}s in the report.
 */
public final class Analyzer {

    private Analyzer() {
    }

    /** Parses and analyses {@code text}. */
    public static AnalysisReport analyze(String text, AnalysisOptions options) {
        return analyze(ModelParser.parse(text), options);
    }

    /** Analyses a parsed model. */
    public static AnalysisReport analyze(NetworkModel model, AnalysisOptions options) {
        List<Finding> findings = new ArrayList<>(model.findings());
        SymbolTable symbols = SymbolTable.resolve(model, options, findings);
        Graph graph = GraphBuilder.build(model, symbols, findings);
        List<LayerCost> costs = new ArrayList<>();
        for (Node n : graph.nodes()) {
            costs.add(LayerCost.of(n));
        }
        List<ReceptiveField> rf = ReceptiveFields.compute(graph, findings);
        DType dtype = options.dtype();
        List<LayerRow> rows = new ArrayList<>();
        for (Node n : graph.nodes()) {
            rows.add(new LayerRow(n, costs.get(n.index()), rf.get(n.index()), options.effectiveBatch(), dtype.bytes()));
        }
        MemoryReport memory = MemoryPlanner.plan(graph, costs, dtype, options.effectiveBatch(),
                symbols.format(nnwb.core.symbolic.PolyFormat.UNICODE), findings);
        List<Finding> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(findings));
        distinct.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return new AnalysisReport(model, graph, rows, Totals.of(rows), memory, distinct, options);
    }
}
