package nnwb.core.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Status;

/**
 * The grade sheet as CSV (RFC 4180): a header {@code student, <part ids...>, total}, then one
 * row per student with the points per part and the total. Fields with commas, quotes or line
 * breaks are quoted, quotes doubled, lines end in CRLF. A part collected for hand grading is
 * left blank. A student id starting with {@code = + - @} is prefixed with {@code '} so that a
 * spreadsheet does not run it as a formula.
 */
public final class GradeCsv {

    private static final String CRLF = "\r\n";

    private GradeCsv() {
    }

    /** The sheet as text. */
    public static String toCsv(Assignment a, List<SubmissionResult> results) {
        StringBuilder sb = new StringBuilder();
        write(a, results, sb);
        return sb.toString();
    }

    /** Writes the sheet to {@code out}. */
    public static void write(Assignment a, List<SubmissionResult> results, Appendable out) {
        try {
            List<String> header = new ArrayList<>();
            header.add("student");
            a.parts().forEach(p -> header.add(p.id()));
            header.add("total");
            row(out, header);
            for (SubmissionResult r : results) {
                List<String> cells = new ArrayList<>();
                cells.add(defuse(r.studentId()));
                for (Assignment.PartRef p : a.parts()) {
                    PartResult pr = r.parts().stream().filter(x -> x.partId().equals(p.id())).findFirst().orElse(null);
                    cells.add(pr == null || pr.verdict().status() == Status.COLLECTED ? ""
                            : FeedbackText.points(pr.verdict().awarded()));
                }
                cells.add(FeedbackText.points(r.awarded()));
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

    private static String defuse(String s) {
        return !s.isEmpty() && "=+-@\t".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
