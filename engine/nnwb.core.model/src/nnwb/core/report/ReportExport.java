package nnwb.core.report;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.LayerRow;
import nnwb.core.memory.ConventionMemory;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.MemoryReport;
import nnwb.core.cost.ReceptiveField;
import nnwb.core.analysis.Totals;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.symbolic.Poly;

/**
 * The report as cells and text for people: the per-layer table (header, one row per layer, totals), the
 * memory breakdown by optimizer with its derivation, and the table as CSV or Markdown. The text table of
 * {@code nnwb analyze}, the editor's summary view and its exports all come from here.
 */
public final class ReportExport {

    /** Column headers of the layer table. */
    public static final List<String> HEADER = List.of("layer", "type", "output", "params", "MACs", "backward", "RF",
            "act. bytes");

    private ReportExport() {
    }

    /** Header, one row per layer, and a total row; numbers with grouped digits, or formulas when symbolic. */
    public static List<String[]> cells(AnalysisReport r) {
        ReportValues v = new ReportValues(r.format(), r.symbolic());
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER.toArray(String[]::new));
        for (LayerRow row : r.rows()) {
            String name = row.multiplier().equals(Poly.ONE) ? row.name() : row.name() + " (×" + v.text(row.multiplier()) + ")";
            cells.add(new String[] {name, row.type(), v.text(row.outputShape(), r.graph().channelsLast()),
                v.text(row.params()), v.text(row.macs()), v.text(row.backwardMults()), rf(row.receptiveField(), v),
                v.text(row.activationBytes())});
        }
        Totals t = r.totals();
        cells.add(new String[] {"total", "", "", v.text(t.params()), v.text(t.macs()), v.text(t.backwardMults()), "", ""});
        return cells;
    }

    static String rf(ReceptiveField rf, ReportValues v) {
        if (rf == null || !rf.defined()) {
            return "-";
        }
        if (rf.global()) {
            return "all";
        }
        List<String> s = rf.size().stream().map(v::text).distinct().toList();
        return String.join("×", s) + " /" + String.join("×", rf.jump().stream().map(v::text).distinct().toList());
    }

    /** Memory per use (bytes, fixed + batch × per example) and the derivations of Adam training and inference. */
    public static String memoryText(AnalysisReport r) {
        ReportValues v = new ReportValues(r.format(), r.symbolic());
        MemoryReport m = r.memory();
        StringBuilder sb = new StringBuilder("Memory (bytes, fixed + batch × per example):\n");
        line(sb, "inference", m.inference(), v);
        line(sb, "train SGD", m.sgd(), v);
        line(sb, "train momentum", m.momentum(), v);
        line(sb, "train Adam", m.adam(), v);
        sb.append("\nDerivation (Adam):\n  ").append(m.adam().derivation().replace("\n", "\n  ")).append('\n');
        sb.append("Derivation (inference):\n  ").append(m.inference().derivation().replace("\n", "\n  ")).append('\n');
        return sb.toString();
    }

    /**
     * The memory of convention {@code name} ({@code textbook}, {@code pytorch}, {@code dl4j}) as the same
     * lines, with its whole derivation; when it has no number, the reason naming the layer.
     */
    public static String memoryText(AnalysisReport r, String name) {
        ReportValues v = new ReportValues(r.format(), r.symbolic());
        ConventionMemory c = r.memory().convention(name);
        StringBuilder sb = new StringBuilder("Memory under the " + name + " convention (bytes, fixed + batch × per example):\n");
        if (!c.available()) {
            return sb.append("  ").append(c.problem()).append('\n').toString();
        }
        line(sb, "inference", c.inference(), v);
        line(sb, "train SGD", c.sgd(), v);
        line(sb, "train momentum", c.momentum(), v);
        line(sb, "train Adam", c.adam(), v);
        sb.append("\nDerivation:\n  ").append(c.derivation().strip().replace("\n", "\n  ")).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, MemoryEstimate e, ReportValues v) {
        String per = v.text(e.perExampleBytes());
        if (e.perExampleBytes().terms().size() > 1) {
            per = "(" + per + ")";
        }
        sb.append(String.format("  %-15s %s + %s × %s = %s%n", label, v.text(e.fixedBytes()), v.text(e.batch()), per,
                v.text(e.totalBytes())));
    }

    /** The layer table as CSV (RFC 4180 quoting), numbers without digit grouping. */
    public static String csv(AnalysisReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : cells(r)) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                fields.add(i >= 3 ? ungroup(row[i]) : row[i]);
            }
            rows.add(fields);
        }
        return Csv.of(rows);
    }

    /** The layer table as a Markdown (GitHub) table followed by the memory breakdown. */
    public static String markdown(AnalysisReport r) {
        List<String[]> cells = cells(r);
        StringBuilder sb = new StringBuilder("## ").append(r.graph().name()).append("\n\n");
        for (int i = 0; i < cells.size(); i++) {
            sb.append("| ").append(String.join(" | ", escape(cells.get(i)))).append(" |\n");
            if (i == 0) {
                sb.append("|---|---|---|---:|---:|---:|---:|---:|\n");
            }
        }
        sb.append("\n```\n").append(memoryText(r)).append("```\n");
        return sb.toString();
    }

    private static List<String> escape(String[] row) {
        List<String> out = new ArrayList<>();
        for (String c : row) {
            out.add(c.replace("|", "\\|"));
        }
        return out;
    }

    private static String ungroup(String cell) {
        return cell.matches("-?[\\d,]+") ? cell.replace(",", "") : cell;
    }
}
