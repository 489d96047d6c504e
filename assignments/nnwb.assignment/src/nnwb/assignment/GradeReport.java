package nnwb.assignment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchReport;
import nnwb.core.json.Json;

/**
 * The JSON of a graded folder, as {@code nnwb grade --json} prints it (a public interface): {@code assignment},
 * {@code files}, {@code graded}, {@code problems}, {@code csv}, {@code feedback}, {@code students} (each
 * {@code student}, {@code awarded}, {@code possible}) and {@code seconds}. The Spark job writes the same document.
 */
public final class GradeReport {

    private GradeReport() {
    }

    /** The document; {@code csv} is null when the sheet went to stdout. */
    public static Map<String, Object> json(Assignment a, int files, BatchReport report, Path feedbackDir, Path csv,
            double seconds) {
        Map<String, Object> m = Json.object();
        m.put("assignment", a.id());
        m.put("files", files);
        m.put("graded", report.results().size());
        m.put("problems", new ArrayList<Object>(report.problems()));
        m.put("feedback", feedbackDir.toString());
        List<Object> students = new ArrayList<>();
        report.results().forEach(r -> {
            Map<String, Object> s = Json.object();
            s.put("student", r.studentId());
            s.put("awarded", Math.round(r.awarded() * 1e4) / 1e4);
            s.put("possible", Math.round(r.possible() * 1e4) / 1e4);
            students.add(s);
        });
        m.put("students", students);
        m.put("seconds", Math.round(seconds * 1e3) / 1e3);
        m.put("csv", csv == null ? "" : csv.toAbsolutePath().toString());
        return m;
    }
}
