package nnwb.assignment.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Part;
import nnwb.core.assignment.Problem;
import nnwb.core.check.FreeTextChecker;

/**
 * An assignment plugin's {@code audit.tsv}: each part of its sheet, the kind of answer it asks for, where in the
 * workbench a student computes it, and the plugin parts that check it. {@link #faults} holds a plugin to its audit:
 * a computable part with no checker that holds a key, a listed part the plugin does not have, a plugin part the audit
 * does not list. {@link #totals} counts the sheet's parts.
 */
record SheetAudit(String assignment, List<Row> rows) {

    /** Kinds whose key a checker must hold. */
    static final Set<String> COMPUTABLE = Set.of("number", "shape", "formula", "matrix", "table");
    /** Every kind: the computable ones, those that need a run of a tool, free text graded by hand, and no answer. */
    static final Set<String> KINDS = Set.of("number", "shape", "formula", "matrix", "table", "tool", "prose", "admin");
    static final String FILE = "audit.tsv";
    static final String HEADER = "sheet_part\tkind\twhere\tchecked_by\tnote";

    /** One sheet part: its kind, where the workbench computes it ({@code -}: nowhere), the plugin parts checking it. */
    record Row(String sheetPart, String kind, String where, List<String> checkedBy, String note) {

        boolean computable() {
            return COMPUTABLE.contains(kind);
        }

        boolean toolNeeding() {
            return kind.equals("tool");
        }
    }

    /** The counts the user guide states. */
    record Totals(int parts, int computable, int toolNeeding, int answerable, int checked, int handGraded) {

        Totals plus(Totals o) {
            return new Totals(parts + o.parts, computable + o.computable, toolNeeding + o.toolNeeding,
                    answerable + o.answerable, checked + o.checked, handGraded + o.handGraded);
        }

        @Override
        public String toString() {
            return parts + " sheet parts, " + (computable + toolNeeding) + " computable or tool-needing (" + computable
                    + " computable, " + toolNeeding + " tool-needing), " + answerable + " of them answerable in the workbench, "
                    + checked + " checked by the plugin; " + handGraded + " parts graded by hand as free text";
        }
    }

    static SheetAudit read(String assignment, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = false;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(HEADER)) {
                        throw new IllegalArgumentException(assignment + " " + FILE + " line " + n + ": expected the header " + HEADER);
                    }
                    header = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalArgumentException(assignment + " " + FILE + " line " + n + ": " + f.length + " fields, not 5");
                }
                List<String> by = f[3].strip().equals("-") ? List.of()
                        : Arrays.stream(f[3].split(",")).map(String::strip).toList();
                rows.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(), by, f[4].strip()));
            }
        }
        return new SheetAudit(assignment, rows);
    }

    /** Every way {@code a} and this audit disagree, one line each; empty when they agree. */
    List<String> faults(Assignment a) {
        Map<String, Part> parts = parts(a);
        List<String> faults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Row row : rows) {
            String at = a.id() + " " + row.sheetPart() + ": ";
            if (!seen.add(row.sheetPart())) {
                faults.add(at + "listed twice");
            }
            if (!KINDS.contains(row.kind())) {
                faults.add(at + "unknown kind " + row.kind() + " (one of " + KINDS + ")");
            }
            for (String id : row.checkedBy()) {
                listed.add(id);
                if (!parts.containsKey(id)) {
                    faults.add(at + "the plugin has no part " + id);
                }
            }
            if (row.computable() && !machineChecked(row, parts)) {
                faults.add(at + "a computable part (" + row.kind() + ") that no plugin part checks with a key");
            }
            if (row.checkedBy().isEmpty() && row.note().isEmpty()) {
                faults.add(at + "unchecked without a reason");
            }
        }
        for (String id : parts.keySet()) {
            if (!listed.contains(id)) {
                faults.add(a.id() + " part " + id + " checks something the audit does not list");
            }
        }
        return faults;
    }

    Totals totals(Assignment a) {
        Map<String, Part> parts = parts(a);
        int computable = 0;
        int tool = 0;
        int answerable = 0;
        int checked = 0;
        int hand = 0;
        for (Row row : rows) {
            boolean counted = row.computable() || row.toolNeeding();
            computable += row.computable() ? 1 : 0;
            tool += row.toolNeeding() ? 1 : 0;
            if (counted && (!row.where().equals("-") || !row.checkedBy().isEmpty())) {
                answerable++;
            }
            if (counted && machineChecked(row, parts)) {
                checked++;
            }
            if (!row.checkedBy().isEmpty() && !machineChecked(row, parts)) {
                hand++;
            }
        }
        return new Totals(rows.size(), computable, tool, answerable, checked, hand);
    }

    private static boolean machineChecked(Row row, Map<String, Part> parts) {
        return row.checkedBy().stream().map(parts::get).anyMatch(p -> p != null && !(p.checker() instanceof FreeTextChecker));
    }

    /** The parts of {@code a} by qualified id, {@code p1.a}. */
    static Map<String, Part> parts(Assignment a) {
        Map<String, Part> out = new java.util.LinkedHashMap<>();
        for (Problem p : a.problems()) {
            for (Part part : p.parts()) {
                out.put(p.id() + "." + part.id(), part);
            }
        }
        return out;
    }
}
