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
        BatchReport report = new BatchGrader(Limits.DEFAULT, IdSource.ANSWERS).grade(SampleAssignment.build(), files);

        assertEquals(List.of("student-0", "student-1", "student-2", "student-4", "../../etc/passwd", "student-0"),
                report.results().stream().map(SubmissionResult::studentId).toList());
        SubmissionResult deep = report.results().get(3);
        assertEquals("answer is 20001 characters long; at most 20000 allowed", deep.part("p1.a").verdict().reason());
        assertEquals(11 - 2, deep.awarded(), 1e-9);
        assertEquals(8, report.problems().size(), String.join("\n", report.problems()));
        assertTrue(report.problems().get(1).startsWith("truncated.json: answers file ends early (truncated?) at line "),
                report.problems().get(1));
        assertEquals(List.of(
                "student-0.json: student 'student-0' is also claimed by zz-again.json; check by hand",
                "huge.json: answers file is 1048586 bytes; at most 1048576 allowed",
                "notes.txt: answers file is not valid JSON at line 1 column 1",
                "digits.json: answers file has a number longer than 100 characters at line " + digitsLine,
                "other.json: answers are for assignment 'another-ps', not sample-ps",
                "zz-again.json: student 'student-0' is also claimed by student-0.json; check by hand",
                "gone.json: not a regular file"), List.of(report.problems().get(0), report.problems().get(2),
                        report.problems().get(3), report.problems().get(4), report.problems().get(5),
                        report.problems().get(6), report.problems().get(7)));
        assertEquals(files.size(), report.rows().size(), "every file has its row on the sheet");

        Path out = Files.createDirectory(dir.resolve("out"));
        assertEquals(List.of(), BatchGrader.writeFeedback(report, out));
        List<Path> written;
        try (Stream<Path> listed = Files.list(out)) {
            written = listed.toList();
        }
        assertEquals(6, written.size(), "two files claiming student-0 keep a feedback file each");
        for (Path f : written) {
            assertEquals(out.toAbsolutePath().normalize(), f.getParent());
            String text = Files.readString(f);
            assertFalse(text.contains(Long.toString(SampleAssignment.TRAINING_MULTIPLICATIONS)) && text.contains("\"detail\""
                    + ": \"expected " + SampleAssignment.TRAINING_MULTIPLICATIONS), f.toString());
        }
        assertFalse(Files.exists(dir.getRoot().resolve("etc").resolve("passwd.feedback.json")));
    }

    @Test
    void byDefaultTheFileNameIsTheStudentAndAnImpersonationIsFlaggedOnBothRows(@TempDir Path dir) throws IOException {
        Assignment a = SampleAssignment.build();
        Map<String, Answer> wrong = new LinkedHashMap<>(SampleAssignment.correctAnswers());
        wrong.put("p1.a", Answer.text("0"));
        Files.writeString(dir.resolve("000-mallory.json"), AnswersWriter.toJson(new Submission("sample-ps", "ada", wrong)));
        Files.writeString(dir.resolve("ada.json"), AnswersWriter.toJson(new Submission("sample-ps", "ada",
                SampleAssignment.correctAnswers())));
        Path bob = Files.createDirectory(dir.resolve("bob"));
        Files.writeString(bob.resolve("answers.json"), AnswersWriter.toJson(new Submission("sample-ps", "bob",
                SampleAssignment.correctAnswers())));
        Path feedback = Files.createDirectory(dir.resolve("feedback"));
        Files.writeString(feedback.resolve("old.json"), "{}");
        List<Path> files = BatchGrader.submissionFiles(dir, List.of(feedback));
        assertEquals(List.of(dir.resolve("000-mallory.json"), dir.resolve("ada.json"), bob.resolve("answers.json")), files);

        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(a, dir, files);

        assertEquals(List.of("000-mallory", "ada", "bob"), report.rows().stream().map(GradeRow::student).toList());
        assertEquals(List.of("000-mallory.json", "ada.json", "bob/answers.json"),
                report.rows().stream().map(GradeRow::file).toList());
        assertEquals(11, report.rows().get(1).result().awarded(), 1e-9, "ada keeps her own grade");
        assertEquals(9, report.rows().get(0).result().awarded(), 1e-9);
        assertEquals("its answers name student 'ada', also claimed by ada.json; graded as '000-mallory'; check by hand",
                report.rows().get(0).note());
        assertEquals("student 'ada' is also claimed by 000-mallory.json; check by hand", report.rows().get(1).note());
        assertEquals("", report.rows().get(2).note());

        BatchReport byAnswers = new BatchGrader(Limits.DEFAULT, IdSource.ANSWERS).grade(a, dir, files);
        assertEquals(List.of("ada", "ada", "bob"), byAnswers.rows().stream().map(GradeRow::student).toList());
        assertEquals("student 'ada' is also claimed by ada.json; check by hand", byAnswers.rows().get(0).note());
        assertEquals("student 'ada' is also claimed by 000-mallory.json; check by hand", byAnswers.rows().get(1).note());
        Path out = Files.createDirectory(dir.resolve("out"));
        assertEquals(List.of(), BatchGrader.writeFeedback(byAnswers, out));
        try (Stream<Path> listed = Files.list(out)) {
            assertEquals(3, listed.count(), "both claims on ada keep their own feedback file");
        }
    }

    @Test
    void aStudentFolderThatIsALinkIsNeverReadButGetsItsRow(@TempDir Path dir) throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("answers.json"), AnswersWriter.toJson(new Submission("sample-ps", "eve",
                SampleAssignment.correctAnswers())));
        Path subs = Files.createDirectory(dir.resolve("subs"));
        Path ada = Files.createDirectory(subs.resolve("ada"));
        Files.writeString(ada.resolve("answers.json"), AnswersWriter.toJson(new Submission("sample-ps", "ada",
                SampleAssignment.correctAnswers())));
        Path eve = Files.createSymbolicLink(subs.resolve("eve"), elsewhere);

        List<Path> files = BatchGrader.submissionFiles(subs, List.of());
        assertEquals(List.of(eve, ada.resolve("answers.json")), files);
        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(SampleAssignment.build(), subs, files);

        assertEquals(List.of("eve", "ada"), report.rows().stream().map(GradeRow::student).toList());
        assertEquals(null, report.rows().get(0).result(), "the linked folder is not graded");
        assertTrue(report.rows().get(0).note().contains("not a regular file"), report.rows().get(0).note());
        assertEquals(11, report.rows().get(1).result().awarded(), 1e-9);
    }

    @Test
    void aFeedbackFileThatCannotBeWrittenCostsOneLineAndNotTheOthers(@TempDir Path dir) throws IOException {
        List<Path> files = write(dir, List.of(generated(0), generated(1)));
        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(SampleAssignment.build(), files);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path taken = SafeFileNames.in(out, "student-0", ".feedback.json");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(taken, victim);

        List<String> failed = BatchGrader.writeFeedback(report, out);

        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith("student-0.json: feedback " + taken.getFileName() + " not written ("),
                failed.get(0));
        assertEquals("keep me", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(taken));
        assertTrue(Files.isRegularFile(SafeFileNames.in(out, "student-1", ".feedback.json")));
    }
}
