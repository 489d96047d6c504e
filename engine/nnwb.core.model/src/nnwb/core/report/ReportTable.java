package nnwb.core.report;

import nnwb.core.analysis.AnalysisReport;

import java.util.List;
import nnwb.core.model.Finding;

/**
 * The report as a readable text table: one line per layer (name, type, output
 * shape, params, MACs, backward multiplications, receptive field, activation
 * bytes), then totals, memory per optimizer with the derivation, and findings.
 */
public final class ReportTable {

    private ReportTable() {
    }

    public static String of(AnalysisReport r) {
        return of(r, null);
    }

    /** The table with the memory of convention {@code convention} ({@code null}: the textbook lines of today). */
    public static String of(AnalysisReport r, String convention) {
        ReportValues v = new ReportValues(r.format(), r.symbolic());
        List<String[]> cells = ReportExport.cells(r);
        StringBuilder sb = new StringBuilder();
        sb.append(r.graph().name()).append(" — batch ").append(v.text(r.options().effectiveBatch())).append(", ")
                .append(r.options().dtype().label()).append('\n');
        table(sb, cells);
        sb.append('\n').append(convention == null ? ReportExport.memoryText(r) : ReportExport.memoryText(r, convention));
        if (!r.findings().isEmpty()) {
            sb.append("\nFindings:\n");
            for (Finding f : r.findings()) {
                sb.append("  ").append(f).append('\n');
            }
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<String[]> cells) {
        int[] w = new int[ReportExport.HEADER.size()];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean right = i >= 3;
                String cell = right ? " ".repeat(w[i] - row[i].length()) + row[i] : row[i] + " ".repeat(w[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
