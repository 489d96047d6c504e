package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.core.assignment.AnswersWriter;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeRow;
import nnwb.core.check.Limits;

/**
 * Per-student variants: each plugin draws one problem's numbers from the student id; two students get different
 * numbers, each one's right answer (worked out here from their numbers) passes for them and fails for the other,
 * grading a folder checks each file against its own student's numbers, and the statement shows them.
 */
class VariantsTest {

    @TempDir
    Path tmp;

    /** One variant problem of a plugin: the drawn number that tells two students apart, and its right answers. */
    private record Case(String assignmentId, String value, String statement, Function<Assignment, Map<String, String>> answers) {
    }

    private static final List<Case> CASES = List.of(
            new Case("epfl-ml-ps08", "p4.in", "statements/p4.md", a -> {
                long w = Long.parseLong(a.variant().values().get("p4.in"));
                long target = Long.parseLong(a.variant().values().get("p4.target"));
                // W_out = floor((W + 2P − K)/S) + 1 and W_in = S(W_out − 1) + K − 2P with K = 3, P = 1, S = 2
                return Map.of("p4.a", Long.toString((w + 2 - 3) / 2 + 1), "p4.c", Long.toString(2 * (target - 1) + 3 - 2));
            }),
            new Case("berkeley-dl-hw4", "p5.lr", "statements/p5.md", a -> {
                double lr = Double.parseDouble(a.variant().values().get("p5.lr"));
                double[][] w0 = {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}};
                double[][] dw = {{-1, 4, 5}, {3, 0, 2}, {3, 1, 2}};     // problem 5(a), by hand in BerkeleyHw4Test
                StringBuilder m = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        m.append(String.format(Locale.ROOT, "%.6f", w0[i][j] - lr * dw[i][j])).append(j < 2 ? " " : i < 2 ? "; " : "");
                    }
                }
                return Map.of("p5.b", m.toString());
            }),
            new Case("berkeley-dl-hw4-earlier", "p5.p", "statements/p5.md", VariantsTest::tikhonovAnswers),
            new Case("berkeley-dl-hw3", "p1.p", "statements/p1.md", a -> {
                double p = Double.parseDouble(a.variant().values().get("p1.p"));
                // y = 11 on x = (10, 1); inverted dropout is Tikhonov with λ = p/(1 − p) on xᵢ²wᵢ², so every xᵢwᵢ
                // equals u = y/(2 + λ)
                double u = 11 / (2 + p / (1 - p));
                return Map.of("p1.c", String.format(Locale.ROOT, "%.6f, %.6f", u / 10, u),
                        "p1.d", String.format(Locale.ROOT, "%.6f", 2 * u));
            }),
            new Case("toronto-dl-a2", "p2.w0", "statements/p2.md", a -> {
                String[] w = a.variant().values().get("p2.w0").split(" \\\\\\\\ ");
                double[] one = TorontoA2Test.oneStep(new double[] {Double.parseDouble(w[0]), Double.parseDouble(w[1])});
                return Map.of("p2.a", figures(one[0]), "p2.b", figures(one[1]), "p2.e", figures(one[4]), "p2.f", figures(one[5]));
            }));

    /** Problem 5 of the earlier Berkeley homework from the student's X, y and p, by Cramer's rule on the 2 × 2 system. */
    private static Map<String, String> tikhonovAnswers(Assignment a) {
        double p = Double.parseDouble(a.variant().values().get("p5.p"));
        double[][] x = tex(a.variant().values().get("p5.X"));
        double[][] yy = tex(a.variant().values().get("p5.y"));
        double[] y = new double[yy.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = yy[i][0];
        }
        // (XᵀX + ((1 − p)/p)·diag(‖X_j‖²)) w = Xᵀy
        double[][] m = new double[2][2];
        double[] b = new double[2];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 2; j++) {
                b[j] += x[i][j] * y[i];
                for (int k = 0; k < 2; k++) {
                    m[j][k] += x[i][j] * x[i][k] * (j == k ? 1 + (1 - p) / p : 1);
                }
            }
        }
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        double w1 = (m[1][1] * b[0] - m[0][1] * b[1]) / det;
        double w2 = (m[0][0] * b[1] - m[1][0] * b[0]) / det;
        return Map.of("p5.b", String.format(Locale.ROOT, "%.8f, %.8f", w1, w2),
                "p5.d", String.format(Locale.ROOT, "%.8f", Math.sqrt(p / (1 - p))));
    }

    /** A TeX bmatrix as rows of numbers. */
    static double[][] tex(String m) {
        String body = m.replace("\\begin{bmatrix}", "").replace("\\end{bmatrix}", "").strip();
        String[] rows = body.split("\\\\\\\\");
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.stream(rows[i].split("&")).mapToDouble(t -> Double.parseDouble(t.strip())).toArray();
        }
        return out;
    }

    /**
     * A student's preset opens the tool with their numbers: for every drawn problem of every plugin and several students,
     * each preset parameter that names a line of its settings file replaces that line; the earlier Berkeley homework's
     * trace opens at the student's own dropout rate.
     */
    @Test
    void aStudentsPresetCarriesTheirNumbers() throws IOException {
        int applied = 0;
        for (Case c : CASES) {
            for (String id : List.of("ada", "student-3", "student-7", "s42")) {
                Assignment a = provider(c).assignment(id);
                for (Assignment.PartRef ref : a.parts()) {
                    var preset = ref.part().preset().orElse(null);
                    if (preset == null || preset.resource().isEmpty() || !preset.resource().endsWith(".optim")) {
                        continue;
                    }
                    String text;
                    try (var in = provider(c).open(preset.resource())) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    String opened = preset.applyTo(text);
                    for (var e : preset.parameters().entrySet()) {
                        assertTrue(opened.lines().anyMatch(l -> l.equals(e.getKey() + " = " + e.getValue())),
                                c.assignmentId() + " " + id + " " + ref.id() + ": " + e + " in\n" + opened);
                        applied++;
                    }
                    if (a.id().equals("berkeley-dl-hw4-earlier") && ref.id().startsWith("p1.")) {
                        String p = a.variant().values().get("p1.p");
                        assertTrue(opened.lines().anyMatch(l -> l.equals("problem.p = " + p)), id + ": " + opened);
                        assertTrue(opened.contains("dropout " + p + ":"), opened);
                    }
                }
            }
        }
        assertTrue(applied >= 16, "parameters applied: " + applied);
    }

    private static String figures(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(9)).toPlainString();
    }

    private static AssignmentProvider provider(Case c) {
        return Catalog.ALL.provider(c.assignmentId()).orElseThrow();
    }

    /** Two students of {@code c} whose drawn numbers differ (the first such pair in a fixed list of ids). */
    private static String[] twoStudents(Case c) {
        String first = "ada";
        String firstValue = provider(c).assignment(first).variant().values().get(c.value());
        for (int i = 0; i < 50; i++) {
            String other = "student-" + i;
            if (!provider(c).assignment(other).variant().values().get(c.value()).equals(firstValue)) {
                return new String[] {first, other};
            }
        }
        throw new AssertionError("50 students drew the same " + c.value());
    }

    private static Student answering(Assignment a, Map<String, String> answers) {
        Student s = new Student(a);
        answers.forEach(s::answer);
        return s;
    }

    @Test
    void aStudentWithoutAnIdGetsTheSheetsNumbers() {
        for (Case c : CASES) {
            Assignment sheet = provider(c).assignment();
            assertTrue(sheet.variant().isSheet());
            assertEquals(sheet, provider(c).assignment(""), c.assignmentId());
        }
        assertEquals("7", provider(CASES.get(0)).assignment().variant().values().get("p4.in"));
        assertEquals("0.1", provider(CASES.get(1)).assignment().variant().values().get("p5.lr"));
        assertEquals("0.8", provider(CASES.get(2)).assignment().variant().values().get("p5.p"));
        assertEquals("0.5", provider(CASES.get(3)).assignment().variant().values().get("p1.p"));
        assertEquals("0.3 \\\\ -0.7", provider(CASES.get(4)).assignment().variant().values().get("p2.w0"));
    }

    @Test
    void eachStudentsRightAnswerPassesForThemAndFailsForTheOther() {
        for (Case c : CASES) {
            String[] ids = twoStudents(c);
            Assignment one = provider(c).assignment(ids[0]);
            Assignment two = provider(c).assignment(ids[1]);
            assertEquals(one, provider(c).assignment(ids[0]), "the same student gets the same numbers");
            assertNotEquals(one.variant().values().get(c.value()), two.variant().values().get(c.value()));
            Map<String, String> rightForOne = c.answers().apply(one);
            Map<String, String> rightForTwo = c.answers().apply(two);
            for (String part : rightForOne.keySet()) {
                answering(one, rightForOne).assertCorrect(part, rightForOne.get(part));
                answering(two, rightForTwo).assertCorrect(part, rightForTwo.get(part));
            }
            // the drawn number changes the first part's key: the other's answer is wrong there
            String part = rightForOne.keySet().stream().sorted().findFirst().orElseThrow();
            answering(two, rightForOne).assertNotCorrect(part, rightForOne.get(part));
            answering(one, rightForTwo).assertNotCorrect(part, rightForTwo.get(part));
        }
    }

    @Test
    void theStatementShowsTheStudentsNumbers() throws IOException {
        for (Case c : CASES) {
            String[] ids = twoStudents(c);
            for (String id : ids) {
                Assignment a = provider(c).assignment(id);
                var problem = a.problems().stream().filter(p -> p.statement().equals(c.statement())).findFirst().orElseThrow();
                String text = provider(c).statement(a, problem);
                assertTrue(text.contains(a.variant().values().get(c.value())), c.assignmentId() + " " + id + ": " + text);
                assertTrue(!text.contains("{{"), "every number is filled in: " + text);
            }
        }
        String sheet = provider(CASES.get(0)).statement(provider(CASES.get(0)).assignment(),
                provider(CASES.get(0)).assignment().problems().get(3));
        assertTrue(sheet.contains("an input of width 7 with"), sheet);
        assertTrue(sheet.contains("an output of width 5 with"), sheet);
    }

    @Test
    void gradingAFolderChecksEachFileAgainstItsOwnStudentsNumbers() throws IOException {
        for (Case c : CASES) {
            String[] ids = twoStudents(c);
            Path dir = Files.createDirectories(tmp.resolve(c.assignmentId()));
            for (String id : ids) {
                Assignment a = provider(c).assignment(id);
                Student s = answering(a, c.answers().apply(a));
                Files.writeString(dir.resolve(id + ".json"), AnswersWriter.toJson(s.submission(id)), StandardCharsets.UTF_8);
            }
            // a third student hands in the first one's answers: wrong for their own numbers
            String third = thirdStudent(c, ids[0]);
            Assignment first = provider(c).assignment(ids[0]);
            Files.writeString(dir.resolve(third + ".json"), AnswersWriter.toJson(
                    answering(first, c.answers().apply(first)).submission(third)), StandardCharsets.UTF_8);
            BatchReport r = new BatchGrader(Limits.DEFAULT).grade(provider(c)::assignment, dir, BatchGrader.answersFiles(dir));
            String part = c.answers().apply(first).keySet().stream().sorted().findFirst().orElseThrow();
            assertEquals(3, r.rows().size());
            for (GradeRow row : r.rows()) {
                boolean right = row.result().parts().stream().filter(p -> p.partId().equals(part)).findFirst().orElseThrow()
                        .verdict().status() == nnwb.core.check.Status.CORRECT;
                assertEquals(!row.student().equals(third), right, c.assignmentId() + " " + row.student() + " " + part);
            }
        }
    }

    /** A student whose drawn number differs from {@code of}'s. */
    private static String thirdStudent(Case c, String of) {
        String value = provider(c).assignment(of).variant().values().get(c.value());
        for (int i = 50; i < 150; i++) {
            if (!provider(c).assignment("s" + i).variant().values().get(c.value()).equals(value)) {
                return "s" + i;
            }
        }
        throw new AssertionError("no third student");
    }

    @Test
    void checkAndGradeOnTheCommandLineUseTheStudentsOwnNumbers() throws IOException {
        Case c = CASES.get(0);
        String[] ids = twoStudents(c);
        Path dir = Files.createDirectories(tmp.resolve("cli"));
        for (String id : ids) {
            Assignment a = provider(c).assignment(id);
            Files.writeString(dir.resolve(id + ".json"), AnswersWriter.toJson(answering(a, c.answers().apply(a)).submission(id)),
                    StandardCharsets.UTF_8);
            Catalog.Run check = Catalog.run("check", c.assignmentId(), "--answers", dir.resolve(id + ".json").toString());
            assertEquals(0, check.code(), check.err());
            assertTrue(check.out().contains("p4.a: correct"), check.out());
            assertTrue(check.out().contains("p4.c: correct"), check.out());
        }
        Path csv = tmp.resolve("grades.csv");
        Catalog.Run grade = Catalog.run("grade", c.assignmentId(), "--dir", dir.toString(), "--csv", csv.toString());
        assertEquals(0, grade.code(), grade.err());
        List<String> rows = Files.readAllLines(csv);
        int a = List.of(rows.get(0).split(",")).indexOf("p4.a");
        int cc = List.of(rows.get(0).split(",")).indexOf("p4.c");
        for (String row : rows.subList(1, rows.size())) {
            assertEquals("1", row.split(",")[a], row);
            assertEquals("1", row.split(",")[cc], row);
        }
    }
}
