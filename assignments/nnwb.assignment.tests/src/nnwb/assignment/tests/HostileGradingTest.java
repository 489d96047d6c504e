package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nnwb.core.assignment.AnswersWriter;

/**
 * Grading a folder that mixes good submissions with malformed, truncated, huge and hostile ones:
 * every good one is graded, every bad one costs one line, nothing is written outside the feedback
 * folder, and 500 generated submissions grade in well under a minute.
 */
class HostileGradingTest {

    @TempDir
    Path tmp;

    private static String json(Student s, String student) {
        return AnswersWriter.toJson(s.submission(student));
    }

    @Test
    void aMixedFolderGradesEveryGoodSubmissionAndReportsEachBadOneInOneLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        String good = json(EpflPs08Test.solved(), "good-1");
        Files.writeString(dir.resolve("01-good.json"), good);
        // students whose ids claim paths: graded, their feedback named by the workbench
        Files.writeString(dir.resolve("02-traversal.json"), json(EpflPs08Test.solved(), "../../outside/pwned"));
        Files.writeString(dir.resolve("03-absolute.json"), json(EpflPs08Test.solved(), "/etc/passwd"));
        Files.writeString(dir.resolve("04-windows.json"), json(EpflPs08Test.solved(), "..\\..\\outside\\x.json"));
        // answers that are hostile inside a good file: those parts are ungradable, the rest graded
        String digits = "9".repeat(1_000_000);
        Files.writeString(dir.resolve("05-million-digit-string.json"), json(EpflPs08Test.solved().answer("p4.a", digits), "digits"));
        String deep = "(".repeat(10_000) + "n K^2 L";
        String deepAndLong = "(".repeat(10_000) + "n" + ")".repeat(10_000);
        String deepButShort = "(".repeat(900) + "K^2 L + 2 n K" + ")".repeat(900);
        Files.writeString(dir.resolve("06-deep-formula.json"), json(EpflPs08Test.solved().answer("p1.a", deep)
                .answer("p1.b", deepAndLong).answer("p1.c", deepButShort), "deep"));
        // files that cannot be graded at all: one line each
        Files.writeString(dir.resolve("10-million-digit-number.json"), good.replace("\"student\": \"good-1\"",
                "\"student\": \"n\", \"x\": " + digits));
        Files.writeString(dir.resolve("11-truncated.json"), good.substring(0, good.length() / 2));
        Files.writeString(dir.resolve("12-huge.json"), good.replace("\"good-1\"", "\"huge\", \"pad\": \"" + "x".repeat(2 << 20) + "\""));
        Files.writeString(dir.resolve("13-nested.json"), "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        Files.write(dir.resolve("14-binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        Files.writeString(dir.resolve("15-array.json"), "[1, 2, 3]");
        Files.writeString(dir.resolve("16-other-assignment.json"), good.replace("epfl-ml-ps08", "berkeley-dl-hw4"));
        Files.writeString(dir.resolve("17-duplicate-student.json"), good);
        Files.writeString(dir.resolve("18-empty.json"), "");
        Files.writeString(dir.resolve("19-control-chars-id.json"), good.replace("\"good-1\"", "\"a\\u0000b\\nc\""));
        Files.createSymbolicLink(dir.resolve("20-link.json"), outside.resolve("nothing.json"));
        Files.createDirectories(dir.resolve("21-folder.json"));
        Files.writeString(dir.resolve("22-null-answers.json"), good.replaceAll("\"answers\": \\{[\\s\\S]*\\}\\s*}\\s*$",
                "\"answers\": null}"));
        Files.writeString(dir.resolve("notes.txt"), "not a submission");
        Path csv = tmp.resolve("grades.csv");
        long start = System.nanoTime();
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", csv.toString(), "--json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(19, o.get("files").getAsInt());
        Set<String> graded = o.getAsJsonArray("students").asList().stream()
                .map(e -> e.getAsJsonObject().get("student").getAsString()).collect(Collectors.toSet());
        assertEquals(Set.of("good-1", "../../outside/pwned", "/etc/passwd", "..\\..\\outside\\x.json", "digits", "deep"), graded);
        List<String> problems = o.getAsJsonArray("problems").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(13, problems.size(), String.join("\n", problems));
        for (String p : problems) {
            assertFalse(p.contains("\n"), p);
            assertTrue(p.length() < 300, p);
        }
        String all = String.join("\n", problems);
        assertTrue(all.contains("10-million-digit-number.json: answers file has a number longer than 100 characters"), all);
        assertTrue(all.contains("11-truncated.json: answers file ends early (truncated?)"), all);
        assertTrue(all.contains("12-huge.json: answers file is "), all);
        assertTrue(all.contains("13-nested.json: answers file nests deeper"), all);
        assertTrue(all.contains("14-binary.json: answers file is not UTF-8 text"), all);
        assertTrue(all.contains("16-other-assignment.json: answers are for assignment 'berkeley-dl-hw4'"), all);
        assertTrue(all.contains("17-duplicate-student.json: student 'good-1' was already graded from 01-good.json"), all);
        assertTrue(all.contains("20-link.json: not a regular file"), all);
        assertTrue(all.contains("21-folder.json: not a regular file"), all);
        assertTrue(seconds < 30, "graded the hostile folder in " + seconds + " s");
        // no file left the feedback folder, whatever the ids claimed
        try (Stream<Path> out = Files.list(outside)) {
            assertEquals(0, out.count());
        }
        try (Stream<Path> fb = Files.list(dir.resolve("feedback"))) {
            List<String> names = fb.map(p -> p.getFileName().toString()).toList();
            assertEquals(6, names.size(), names.toString());
            for (String n : names) {
                assertTrue(n.matches("[A-Za-z0-9_-]+-[0-9a-f]{12}\\.feedback\\.json"), n);
            }
        }
        // the parts that were hostile inside good files are ungradable with a reason, the rest graded
        String feedback = Files.readString(Files.list(dir.resolve("feedback")).filter(p -> p.getFileName().toString()
                .startsWith("deep-")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(feedback.contains("formula is 10007 characters long; at most 2000 allowed"), feedback);
        assertTrue(feedback.contains("formula nests 900 levels deep; at most 50 allowed"), feedback);
        assertTrue(feedback.contains("answer is 20001 characters long; at most 20000 allowed"), feedback);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(7, rows.size());
    }

    @Test
    void fiveHundredGeneratedSubmissionsGradeInWellUnderAMinute() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Random random = new Random(42);
        String[][] variants = {
                {"p1.a", "n K^2 L", "L n K^2", "2 n K^2 L"},
                {"p1.b", "3 n K^2 L", "3nLK²", "n K^2 L"},
                {"p1.d", "2 K^2 L + n K (L + 1)", "K (2 K L + n L + n)", "K^2 L + n K L"},
                {"p1.e", "8.625 MiB", "9.04 MB", "9 MiB"},
                {"p2.a", "d sigma^2/2", "σ² d / 2", "d sigma"},
                {"p3.d", "c (1 - beta^t)/(1 - beta)", "c (1 - β^t)/(1 - β)", "c t"},
                {"p3.e", "-eta c/(1 - beta) (t - beta (1 - beta^t)/(1 - beta))",
                        "-eta c (t (1 - beta) - beta + beta^(t+1))/(1 - beta)^2", "-eta c t/(1 - beta)"},
                {"p4.b", "(W + 2P - K)/S + 1", "(W - K + 2 P + S)/S", "(W + P - K)/S + 1"},
                {"p4.e", "15", "15", "7"}};
        for (int i = 0; i < 500; i++) {
            Student s = EpflPs08Test.solved();
            for (String[] v : variants) {
                s.answer(v[0], v[1 + random.nextInt(3)]);
            }
            Files.writeString(dir.resolve(String.format("student-%03d.json", i)), json(s, "student-" + i));
        }
        Path csv = tmp.resolve("class.csv");
        long start = System.nanoTime();
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", csv.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.code(), r.err());
        assertEquals(501, Files.readAllLines(csv).size());
        System.out.printf("BENCHMARK nnwb grade: 500 submissions of epfl-ml-ps08 in %.2f s (%.1f ms each)%n", seconds,
                seconds * 1000 / 500);
        assertTrue(seconds < 30, "500 submissions took " + seconds + " s");
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.endsWith(",27")), "some students got everything right");
    }
}
