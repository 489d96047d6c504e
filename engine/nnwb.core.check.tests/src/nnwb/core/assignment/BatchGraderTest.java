package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nnwb.core.check.Answer;
import nnwb.core.check.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGraderTest {

    /** Student i answers p1.a and p1.b wrongly when i is odd, everything else right. */
    private static Submission generated(int i) {
        Map<String, Answer> answers = new LinkedHashMap<>(SampleAssignment.correctAnswers());
        if (i % 2 == 1) {
            answers.put("p1.a", Answer.text("n K L^2 + " + i));
            answers.put("p1.b", Answer.text(i + " KB"));
        }
        answers.put("p2.w", Answer.text((i % 50 + 2) + ", " + (i % 7 + 1)));
        answers.put("p2.e", Answer.text(Long.toString((i % 50 + 3) * (i % 7 + 1))));
        return new Submission("sample-ps", "student-" + i, answers);
    }

    private static List<Path> write(Path dir, List<Submission> subs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Submission s : subs) {
            Path f = dir.resolve(s.studentId() + ".json");
            Files.writeString(f, AnswersWriter.toJson(s), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    @Test
    void fiveHundredSubmissionsGradeWellUnderAMinute(@TempDir Path dir) throws IOException {
        List<Submission> subs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            subs.add(generated(i));
        }
        List<Path> files = write(dir, subs);
        Assignment a = SampleAssignment.build();
        long start = System.nanoTime();
        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(a, files);
        String csv = GradeCsv.toCsv(a, report.results());
        List<Path> feedback = BatchGrader.writeFeedback(report.results(), Files.createDirectory(dir.resolve("feedback")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.toSeconds() < 20, "500 submissions took " + took);
        assertEquals(List.of(), report.problems());
        assertEquals(500, report.results().size());
        assertEquals(500, feedback.size());
        assertEquals(501, csv.split("\r\n").length);
        for (int i = 0; i < 500; i++) {
            double expected = i % 2 == 1 ? 7 : 11;
            assertEquals(expected, report.results().get(i).awarded(), 1e-9, "student " + i);
        }
    }

    @Test
    void badFilesCostOneLineEachAndNeverTheBatch(@TempDir Path dir) throws IOException {
        List<Path> good = write(dir, List.of(generated(0), generated(1), generated(2)));
        String valid = AnswersWriter.toJson(generated(4));
        long digitsLine = valid.substring(0, valid.indexOf("\"p2.a\"")).lines().count();
        Path truncated = Files.writeString(dir.resolve("truncated.json"), valid.substring(0, valid.length() / 2));
        Path huge = Files.write(dir.resolve("huge.json"), new byte[(1 << 20) + 10]);
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "my answers are 42");
        Path digits = Files.writeString(dir.resolve("digits.json"), valid.replace("\"p2.a\": \"" + SampleAssignment.CONV_OUT
                + "\"", "\"p2.a\": " + "9".repeat(1_000_000)));
        Path nested = Files.writeString(dir.resolve("nested.json"), valid.replace("\"p1.a\": \"n K^2 L\"",
                "\"p1.a\": \"" + "(".repeat(10_000) + "n" + ")".repeat(10_000) + "\""));
        Path traversal = Files.writeString(dir.resolve("traversal.json"),
                AnswersWriter.toJson(new Submission("sample-ps", "../../etc/passwd", SampleAssignment.correctAnswers())));
        Path other = Files.writeString(dir.resolve("other.json"),
                AnswersWriter.toJson(new Submission("another-ps", "zed", Map.of())));
        Path duplicate = Files.writeString(dir.resolve("zz-again.json"), AnswersWriter.toJson(generated(0)));
        List<Path> files = new ArrayList<>(good);
        files.addAll(List.of(truncated, huge, notJson, digits, nested, traversal, other, duplicate, dir.resolve("gone.json")));
        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(SampleAssignment.build(), files);

        assertEquals(List.of("student-0", "student-1", "student-2", "student-4", "../../etc/passwd"),
                report.results().stream().map(SubmissionResult::studentId).toList());
        SubmissionResult deep = report.results().get(3);
        assertEquals("answer is 20001 characters long; at most 20000 allowed", deep.part("p1.a").verdict().reason());
        assertEquals(11 - 2, deep.awarded(), 1e-9);
        assertEquals(7, report.problems().size(), String.join("\n", report.problems()));
        assertTrue(report.problems().get(0).startsWith("truncated.json: answers file ends early (truncated?) at line "),
                report.problems().get(0));
        assertEquals(List.of(
                "huge.json: answers file is 1048586 bytes; at most 1048576 allowed",
                "notes.txt: answers file is not valid JSON at line 1 column 1",
                "digits.json: answers file has a number longer than 100 characters at line " + digitsLine,
                "other.json: answers are for assignment 'another-ps', not sample-ps",
                "zz-again.json: student 'student-0' was already graded from student-0.json; this file was skipped",
                "gone.json: not a regular file"), report.problems().subList(1, 7));

        Path out = Files.createDirectory(dir.resolve("out"));
        List<Path> written = BatchGrader.writeFeedback(report.results(), out);
        try (Stream<Path> listed = Files.list(out)) {
            assertEquals(5, listed.count());
        }
        for (Path f : written) {
            assertEquals(out.toAbsolutePath().normalize(), f.getParent());
            String text = Files.readString(f);
            assertFalse(text.contains(Long.toString(SampleAssignment.TRAINING_MULTIPLICATIONS)) && text.contains("\"detail\""
                    + ": \"expected " + SampleAssignment.TRAINING_MULTIPLICATIONS), f.toString());
        }
        assertFalse(Files.exists(dir.getRoot().resolve("etc").resolve("passwd.feedback.json")));
    }
}
