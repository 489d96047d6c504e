package nnwb.core.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nnwb.core.check.Echo;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Status;

/**
 * The grade sheet as CSV (RFC 4180): a header {@code student, <part ids...>, total, note}, then one
 * row per answers file with the points per part, the total and a note (why the file was not graded, whose
 * other file claims the same student; empty when none). A file that was not graded has blank points. Fields
 * with commas, quotes or line breaks are quoted, quotes doubled, lines end in CRLF. A part collected for hand
 * grading is left blank. Text cells (student, note) show odd characters as escapes ({@link Echo#visible}),
 * and one that starts with {@code = + - @}, a tab or a carriage return is prefixed with {@code '} so that a
 * spreadsheet does not run it as a formula.
 */
public final class GradeCsv {

    private static final String CRLF = "\r\n";

    private GradeCsv() {
    }

    /** The sheet of graded results only, as text. */
    public static String toCsv(Assignment a, List<SubmissionResult> results) {
        return toCsv(a, new BatchReport(results, List.of()));
    }

    /** The sheet of a graded folder, one row per file, as text. */
    public static String toCsv(Assignment a, BatchReport report) {
        StringBuilder sb = new StringBuilder();
        write(a, report.rows(), sb);
        return sb.toString();
    }

    /** Writes the sheet of {@code rows} to {@code out}. */
    public static void write(Assignment a, List<GradeRow> rows, Appendable out) {
        try {
            List<String> header = new ArrayList<>();
            header.add("student");
            a.parts().forEach(p -> header.add(p.id()));
            header.add("total");
            header.add("note");
            row(out, header);
            for (GradeRow row : rows) {
                SubmissionResult r = row.result();
                List<String> cells = new ArrayList<>();
                cells.add(text(row.student()));
                for (Assignment.PartRef p : a.parts()) {
                    PartResult pr = r == null ? null
                            : r.parts().stream().filter(x -> x.partId().equals(p.id())).findFirst().orElse(null);
                    cells.add(pr == null || pr.verdict().status() == Status.COLLECTED ? ""
                            : FeedbackText.points(pr.verdict().awarded()));
                }
                cells.add(r == null ? "" : FeedbackText.points(r.awarded()));
                cells.add(text(row.note()));
                row(out, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Appendable out, List<String> cells) throws IOException {
        out.append(record(cells));
    }

    /** One record: fields separated by commas, ended by CRLF. */
    static String record(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(cells.get(i)));
        }
        return sb.append(CRLF).toString();
    }

    /** One field, quoted when it holds a comma, a quote or a line break. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A text cell as a spreadsheet may show it: odd characters visible, never a formula. */
    static String text(String s) {
        return defuse(Echo.visible(s));
    }

    private static String defuse(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
