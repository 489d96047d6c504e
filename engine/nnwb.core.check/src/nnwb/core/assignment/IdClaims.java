package nnwb.core.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Echo;

/**
 * Turns graded files into sheet rows: each row's student comes from the {@link IdSource}. A student claimed by
 * more than one file (two rows with one id; with ids from file names, also answers that name another row's
 * student, or two files whose answers name the same student) is flagged on each row concerned, and each file
 * is graded on its own: no claim wins silently. Answers naming another student than the file name are not
 * flagged on their own (LMS exports name files their own way).
 */
final class IdClaims {

    private final List<BatchGrader.FileGrade> graded;
    private final IdSource source;
    private final List<String> ids = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();
    private final Map<String, List<Integer>> rowsById = new LinkedHashMap<>();

    IdClaims(List<BatchGrader.FileGrade> graded, IdSource source) {
        this.graded = graded;
        this.source = source;
        for (int i = 0; i < graded.size(); i++) {
            BatchGrader.FileGrade g = graded.get(i);
            String id = source == IdSource.ANSWERS && g.result() != null ? Echo.visible(g.result().studentId()) : g.nameId();
            ids.add(id);
            notes.add(new ArrayList<>());
            rowsById.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            if (g.result() == null) {
                notes.get(i).add("not graded: " + g.problem());
            }
        }
    }

    BatchReport report() {
        flagSharedClaims();
        List<GradeRow> rows = new ArrayList<>();
        List<SubmissionResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < graded.size(); i++) {
            BatchGrader.FileGrade g = graded.get(i);
            SubmissionResult r = g.result() == null ? null
                    : new SubmissionResult(g.result().assignmentId(), ids.get(i), g.result().parts(), g.result().notes());
            String note = String.join("; ", notes.get(i));
            rows.add(new GradeRow(ids.get(i), g.file(), r, note));
            if (r != null) {
                results.add(r);
            }
            if (!note.isEmpty()) {
                problems.add(g.file() + ": " + (r == null ? g.problem() : note));
            }
        }
        return new BatchReport(results, problems, rows);
    }

    /** The id inside file {@code i} when it is graded and names another student than its row, else null. */
    private String otherClaim(int i) {
        BatchGrader.FileGrade g = graded.get(i);
        if (source != IdSource.FILE_NAME || g.result() == null) {
            return null;
        }
        String inside = Echo.visible(g.result().studentId());
        return inside.equals(ids.get(i)) ? null : inside;
    }

    private void flagSharedClaims() {
        Map<String, List<Integer>> claims = new LinkedHashMap<>();
        rowsById.forEach((id, rows) -> claims.put(id, new ArrayList<>(rows)));
        for (int i = 0; i < graded.size(); i++) {
            String other = otherClaim(i);
            if (other != null) {
                claims.computeIfAbsent(other, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : claims.entrySet()) {
            List<Integer> rows = e.getValue();
            if (rows.size() < 2) {
                continue;
            }
            for (int i : rows) {
                List<String> others = new ArrayList<>();
                for (int j : rows) {
                    if (j != i) {
                        others.add(graded.get(j).file());
                    }
                }
                String by = String.join(", ", others);
                notes.get(i).add(e.getKey().equals(ids.get(i))
                        ? "student " + Echo.quote(e.getKey()) + " is also claimed by " + by + "; check by hand"
                        : "its answers name student " + Echo.quote(e.getKey()) + ", also claimed by " + by + "; graded as "
                                + Echo.quote(ids.get(i)) + "; check by hand");
            }
        }
    }
}
