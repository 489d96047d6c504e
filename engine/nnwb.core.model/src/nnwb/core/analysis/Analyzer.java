package nnwb.core.analysis;

import nnwb.core.memory.DType;
import nnwb.core.graph.ExpansionLimits;
import nnwb.core.graph.Graph;
import nnwb.core.graph.GraphBuilder;
import nnwb.core.cost.LayerCost;
import nnwb.core.memory.MemoryPlanner;
import nnwb.core.memory.MemoryReport;
import nnwb.core.graph.Node;
import nnwb.core.cost.ReceptiveField;
import nnwb.core.cost.ReceptiveFields;
import nnwb.core.graph.SymbolTable;

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

    /** Parses and analyses {@code text} within {@link ExpansionLimits#DEFAULT}. */
    public static AnalysisReport analyze(String text, AnalysisOptions options) {
        return analyze(ModelParser.parse(text), options);
    }

    /** Parses and analyses {@code text}, expanding it within {@code limits} (a too-large model is an error finding). */
    public static AnalysisReport analyze(String text, AnalysisOptions options, ExpansionLimits limits) {
        return analyze(ModelParser.parse(text), options, limits);
    }

    /** Analyses a parsed model within {@link ExpansionLimits#DEFAULT}. */
    public static AnalysisReport analyze(NetworkModel model, AnalysisOptions options) {
        return analyze(model, options, ExpansionLimits.DEFAULT);
    }

    /** Analyses a parsed model, expanding it within {@code limits}. */
    public static AnalysisReport analyze(NetworkModel model, AnalysisOptions options, ExpansionLimits limits) {
        List<Finding> findings = new ArrayList<>(model.findings());
        options = BatchSymbol.apply(model, options, findings);
        SymbolTable symbols = SymbolTable.resolve(model, options.values(), options.symbolic(), findings);
        Graph graph = GraphBuilder.build(model, symbols, findings, limits);
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
