package nnwb.core.assignment;

import java.util.List;

/**
 * The outcome of grading a folder of answers files: the graded submissions, in file order, one line per file
 * that could not be graded or whose student is claimed more than once (its name and the reason), and one
 * {@link GradeRow} per file for the sheet.
 *
 * @param results  graded submissions
 * @param problems one line per bad or flagged file, e.g. {@code big.json: answers file is 5242880 bytes; at most 1048576 allowed}
 * @param rows     one per file, graded or not, in file order
 */
public record BatchReport(List<SubmissionResult> results, List<String> problems, List<GradeRow> rows) {

    public BatchReport {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
    }

    /** A report whose rows are just the graded results. */
    public BatchReport(List<SubmissionResult> results, List<String> problems) {
        this(results, problems, results.stream().map(r -> new GradeRow(r.studentId(), "", r, "")).toList());
    }
}
