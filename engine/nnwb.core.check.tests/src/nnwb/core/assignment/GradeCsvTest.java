package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.check.Limits;
import org.junit.jupiter.api.Test;

class GradeCsvTest {

    /** An RFC 4180 reader written for this test: quoted fields, doubled quotes, CRLF records. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void oneRowPerStudentOneColumnPerPartAndTheTotal() {
        Assignment a = SampleAssignment.build();
        Grader g = new Grader(Limits.DEFAULT);
        List<String> ids = List.of("plain", "with, comma", "with \"quotes\"", "=HYPERLINK(\"x\")", "-1+1");
        List<SubmissionResult> results = ids.stream()
                .map(id -> g.grade(a, new Submission(a.id(), id, SampleAssignment.correctAnswers()))).toList();
        String csv = GradeCsv.toCsv(a, results);
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> rows = parse(csv);
        assertEquals(1 + ids.size(), rows.size());
        assertEquals(List.of("student", "p1.a", "p1.b", "p1.c", "p2.a", "p2.b", "p2.c", "p2.d", "p2.w", "p2.e", "total",
                "note"), rows.get(0));
        for (int i = 0; i < ids.size(); i++) {
            List<String> r = rows.get(i + 1);
            String id = ids.get(i);
            assertEquals(id.startsWith("=") || id.startsWith("-") ? "'" + id : id, r.get(0));
            assertEquals(List.of("2", "2", "1", "1", "2", "2", "", "", "1", "11", ""), r.subList(1, r.size()));
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedAndOddCharactersShown() {
        Assignment a = SampleAssignment.build();
        List<String> ids = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "a\nb",
                "evil\u202Egnp.exe", "iso\u2066late\u2069", "ok");
        List<GradeRow> rows = ids.stream().map(id -> new GradeRow(id, id + ".json", null, "=cmd|' /C calc'!A0")).toList();
        StringBuilder sb = new StringBuilder();
        GradeCsv.write(a, rows, sb);
        List<List<String>> parsed = parse(sb.toString());
        assertEquals(1 + ids.size(), parsed.size(), "one record per row: no line break leaks out of a cell");
        List<String> students = parsed.stream().skip(1).map(r -> r.get(0)).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "\\u0009TAB", "\\u000DCR",
                "a\\u000Ab", "evil\\u202Egnp.exe", "iso\\u2066late\\u2069", "ok"), students);
        for (List<String> r : parsed.subList(1, parsed.size())) {
            assertEquals("'=cmd|' /C calc'!A0", r.get(r.size() - 1));
            assertEquals("", r.get(r.size() - 2), "an ungraded row has no total");
        }
    }

    @Test
    void lineBreaksCommasAndQuotesSurviveARoundTrip() {
        List<String> cells = List.of("two\r\nlines", "a,b", "say \"hi\"", "", "plain", "\n");
        assertEquals(List.of(cells), parse(GradeCsv.record(cells)));
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("abc", GradeCsv.field("abc"));
        assertEquals("\"a,b\"", GradeCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", GradeCsv.field("say \"hi\""));
        assertEquals("\"a\nb\"", GradeCsv.field("a\nb"));
        assertEquals("\"a\rb\"", GradeCsv.field("a\rb"));
    }
}
