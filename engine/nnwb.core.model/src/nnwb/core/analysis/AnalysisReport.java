package nnwb.core.analysis;

import nnwb.core.graph.Graph;
import nnwb.core.memory.MemoryReport;

import java.util.List;
import nnwb.core.model.Finding;
import nnwb.core.model.NetworkModel;
import nnwb.core.symbolic.PolyFormat;

/**
 * Everything the engine says about one network: the expanded graph, one row
 * per node (the input first), totals, memory, and all findings (syntax and
 * analysis) with line and column. With errors the numbers cover only the
 * layers that could be analysed.
 */
public record AnalysisReport(NetworkModel model, Graph graph, List<LayerRow> rows, Totals totals, MemoryReport memory,
        List<Finding> findings, AnalysisOptions options) {

    public AnalysisReport {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The first error, or null. */
    public Finding firstError() {
        return findings.stream().filter(Finding::isError).findFirst().orElse(null);
    }

    /** True when some count is a formula rather than a number. */
    public boolean symbolic() {
        return !totals.params().add(totals.macs()).add(memory.adam().totalBytes()).isConstant();
    }

    /** The row of layer {@code name}, or null. */
    public LayerRow row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** Printer for this report's formulas ({@code n}, then the symbols in declaration order). */
    public PolyFormat format() {
        return graph.symbols().format(PolyFormat.UNICODE);
    }
}
