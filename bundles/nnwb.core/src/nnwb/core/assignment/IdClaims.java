package nnwb.core.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Echo;

/**
 * Turns graded files into sheet rows: each row's student comes from the {@link IdSource}; every claim on a
 * student made by more than one file (two rows with one id, or answers naming another row's student) is
 * written on each row concerned, and each file is graded on its own: no claim wins silently.
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
        flagSharedIds();
        if (source == IdSource.FILE_NAME) {
            flagAnswersNamingOthers();
        }
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

    private void flagSharedIds() {
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
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
                notes.get(i).add("student " + Echo.quote(e.getKey()) + " is also claimed by " + String.join(", ", others)
                        + "; check by hand");
            }
        }
    }

    private void flagAnswersNamingOthers() {
        for (int i = 0; i < graded.size(); i++) {
            BatchGrader.FileGrade g = graded.get(i);
            if (g.result() == null) {
                continue;
            }
            String inside = Echo.visible(g.result().studentId());
            if (inside.equals(ids.get(i))) {
                continue;
            }
            notes.get(i).add("the answers inside name student " + Echo.quote(inside) + "; graded as " + Echo.quote(ids.get(i)));
            for (int j : rowsById.getOrDefault(inside, List.of())) {
                notes.get(j).add(g.file() + " claims to be this student; check by hand");
            }
        }
    }
}
