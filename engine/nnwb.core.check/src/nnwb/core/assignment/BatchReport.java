package nnwb.core.assignment;

import java.util.List;

/**
 * The outcome of grading a folder of answers files: the graded submissions, in file order,
 * and one line per file that could not be graded (its name and the reason).
 *
 * @param results  graded submissions
 * @param problems one line per bad file, e.g. {@code big.json: answers file is 5242880 bytes; at most 1048576 allowed}
 */
public record BatchReport(List<SubmissionResult> results, List<String> problems) {

    public BatchReport {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }
}
