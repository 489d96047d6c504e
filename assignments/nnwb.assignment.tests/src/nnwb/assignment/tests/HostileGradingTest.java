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

    /** All right for the student grading takes {@code file} in {@code dir} to be (its name), answers naming {@code inside}. */
    private static String solvedFor(Path dir, String file, String inside) throws IOException {
        return json(EpflPs08Test.solved(nnwb.core.assignment.AnswersFile.nameId(dir.resolve(file), dir)), inside);
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
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", csv.toString(), "--json",
                "--id-from", "answers");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(19, o.get("files").getAsInt());
        Set<String> graded = o.getAsJsonArray("students").asList().stream()
                .map(e -> e.getAsJsonObject().get("student").getAsString()).collect(Collectors.toSet());
        assertEquals(Set.of("good-1", "../../outside/pwned", "/etc/passwd", "..\\..\\outside\\x.json", "digits", "deep"), graded);
        List<String> problems = o.getAsJsonArray("problems").asList().stream().map(e -> e.getAsString()).toList();
        assertEquals(14, problems.size(), String.join("\n", problems));
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
        assertTrue(all.contains("01-good.json: student 'good-1' is also claimed by 17-duplicate-student.json; check by hand"), all);
        assertTrue(all.contains("17-duplicate-student.json: student 'good-1' is also claimed by 01-good.json; check by hand"), all);
        assertTrue(all.contains("20-link.json: not a regular file"), all);
        assertTrue(all.contains("21-folder.json: not a regular file"), all);
        assertTrue(seconds < 30, "graded the hostile folder in " + seconds + " s");
        // no file left the feedback folder, whatever the ids claimed
        try (Stream<Path> out = Files.list(outside)) {
            assertEquals(0, out.count());
        }
        assertFalse(Files.exists(dir.resolve("feedback")), "no output inside the submissions folder unless asked");
        Path feedbackDir = tmp.resolve("submissions-feedback");
        try (Stream<Path> fb = Files.list(feedbackDir)) {
            List<String> names = fb.map(p -> p.getFileName().toString()).toList();
            assertEquals(7, names.size(), names.toString());
            for (String n : names) {
                assertTrue(n.matches("[A-Za-z0-9_-]+-[0-9a-f]{12}\\.feedback\\.json"), n);
            }
        }
        // the parts that were hostile inside good files are ungradable with a reason, the rest graded
        String feedback = Files.readString(Files.list(feedbackDir).filter(p -> p.getFileName().toString()
                .startsWith("deep-")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(feedback.contains("formula is 10007 characters long; at most 2000 allowed"), feedback);
        assertTrue(feedback.contains("formula nests 900 levels deep; at most 50 allowed"), feedback);
        assertTrue(feedback.contains("answer is 20001 characters long; at most 20000 allowed"), feedback);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + 19, rows.size(), "every file has its row, graded or not");
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
            Student s = EpflPs08Test.solved(String.format("student-%03d", i));
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
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.endsWith(",32,")), "some students got everything right");
    }

    /** 15 lines standing for 10^12 layers: three levels of repeat=10000, handed in as the EPFL network part. */
    static final String BOMB = """
            input 8
            block b1
              fc 8
              relu
            end
            block b2
              b1 repeat=10000
            end
            block b3
              b2 repeat=10000
            end
            b3 repeat=10000
            """;

    /** Every path under {@code root} (links not followed) with its size, or -1 for what is not a regular file. */
    private static java.util.Map<String, Long> tree(Path root) throws IOException {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                m.put(root.relativize(p).toString(), Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? Files.size(p) : -1L);
            }
        }
        return m;
    }

    /** The records of an RFC 4180 sheet, read by Commons CSV. */
    private static List<List<String>> csvRows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var records = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(csv))) {
            records.forEach(r -> rows.add(r.toList()));
        }
        return rows;
    }

    @Test
    void aHostileClassIsGradedWholeWithEveryGoodFileGradedAndNothingWrittenOutsideTheOutputs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.txt"), "the instructor's file");
        String solved = json(EpflPs08Test.solved(), "ignored");
        // good students, as an LMS export lays them out: a file each, or a folder each (each with their own numbers)
        Files.writeString(dir.resolve("ada.json"), json(EpflPs08Test.solved("ada"), "ada"));
        Files.writeString(dir.resolve("bob.json"), json(EpflPs08Test.solved("bob"), "bob"));
        Files.writeString(Files.createDirectories(dir.resolve("carol")).resolve("answers.json"), json(EpflPs08Test.solved("carol"),
                "carol"));
        // a model bomb as the network part: graded, the derived part ungradable with a reason
        Files.writeString(dir.resolve("bomber.json"), json(EpflPs08Test.solved("bomber").answer("p5.a", BOMB), "bomber"));
        // impersonation: a file sorted first that claims ada inside (graded as its name says, with that student's numbers)
        Files.writeString(dir.resolve("000-mallory.json"), json(EpflPs08Test.solved("000-mallory").answer("p2.a", "0"), "ada"));
        // injection and odd characters in names
        Files.writeString(dir.resolve("=HYPERLINK(evil).json"), solvedFor(dir, "=HYPERLINK(evil).json", "ignored"));
        Files.writeString(dir.resolve("rtl\u202Egnp.json"), solvedFor(dir, "rtl\u202Egnp.json", "ignored"));
        Files.writeString(dir.resolve("two\nlines.json"), solvedFor(dir, "two\nlines.json", "ignored"));
        // planted links and special files
        Files.createSymbolicLink(dir.resolve("link-to-victim.json"), victim);
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(dir.resolve("dave"), outside);
        // huge files: a 200,000-line file and one just over the size bound
        Files.writeString(dir.resolve("lines.json"), "\n".repeat(200_000));
        Files.writeString(dir.resolve("huge.json"), solved.replace("\"ignored\"", "\"huge\", \"pad\": \""
                + "x".repeat(2 << 20) + "\""));
        Path out = tmp.resolve("out");
        Path csv = out.resolve("grades.csv");
        java.util.Map<String, Long> before = tree(tmp);

        long start = System.nanoTime();
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", csv.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(0, r.code(), r.err());
        assertTrue(seconds < 120, "graded the hostile class in " + seconds + " s");
        assertTrue(r.out().contains("\nnot graded: zero.json: not a regular file\n"), r.out());
        assertTrue(r.out().contains("\nflagged: ada.json: student 'ada' is also claimed by 000-mallory.json; check by hand\n"),
                r.out());
        List<List<String>> rows = csvRows(csv);
        List<String> header = rows.get(0);
        int total = header.indexOf("total");
        int note = header.indexOf("note");
        java.util.Map<String, List<String>> byStudent = new java.util.LinkedHashMap<>();
        rows.stream().skip(1).forEach(row -> byStudent.put(row.get(0), row));
        assertEquals(List.of("000-mallory", "'=HYPERLINK(evil)", "ada", "bob", "bomber", "huge", "lines", "link-to-victim",
                "rtl\\u202Egnp", "two\\u000Alines", "zero", "dave", "carol"), List.copyOf(byStudent.keySet()),
                "one row per file, in file order, ids from the names, odd characters shown, formulas neutralised");
        for (String good : List.of("ada", "bob", "carol", "'=HYPERLINK(evil)", "rtl\\u202Egnp", "two\\u000Alines")) {
            assertEquals("32", byStudent.get(good).get(total), good);
        }
        assertEquals("30", byStudent.get("000-mallory").get(total));
        assertEquals("student 'ada' is also claimed by 000-mallory.json; check by hand", byStudent.get("ada").get(note));
        assertEquals("its answers name student 'ada', also claimed by ada.json; graded as '000-mallory'; check by hand",
                byStudent.get("000-mallory").get(note));
        assertEquals("30", byStudent.get("bomber").get(total), "the bomb costs the derived part, not the batch");
        for (String bad : List.of("huge", "lines", "link-to-victim", "zero", "dave")) {
            assertEquals("", byStudent.get(bad).get(total), bad);
            assertTrue(byStudent.get(bad).get(note).startsWith("not graded: "), byStudent.get(bad).toString());
        }
        String bomberFeedback;
        try (Stream<Path> fb = Files.list(tmp.resolve("class-feedback"))) {
            bomberFeedback = Files.readString(fb.filter(p -> p.getFileName().toString().startsWith("bomber-")).findFirst()
                    .orElseThrow());
        }
        assertTrue(bomberFeedback.contains("the model expands to more than") || bomberFeedback.contains("took longer than"),
                bomberFeedback);

        java.util.Map<String, Long> after = tree(tmp);
        java.util.Set<String> added = new java.util.TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        for (String a : added) {
            assertTrue(a.equals("out") || a.equals("out/grades.csv") || a.equals("class-feedback")
                    || a.matches("class-feedback/[A-Za-z0-9_-]+-[0-9a-f]{12}\\.feedback\\.json"), "written outside the outputs: " + a);
        }
        before.forEach((path, size) -> assertEquals(size, after.get(path), "changed: " + path));
        assertEquals("the instructor's file", Files.readString(victim));
    }

    @Test
    void plantedLinksInAnExplicitFeedbackFolderAreNeverFollowedAndTheSheetIsStillWritten() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("subs"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.txt"), "keep");
        Files.writeString(dir.resolve("ada.json"), json(EpflPs08Test.solved(), "ada"));
        Files.writeString(dir.resolve("bob.json"), json(EpflPs08Test.solved(), "bob"));
        Path feedback = Files.createDirectories(dir.resolve("feedback"));
        Path planted = feedback.resolve(nnwb.core.assignment.SafeFileNames.stem("ada") + ".feedback.json");
        Files.createSymbolicLink(planted, victim);
        Path csv = tmp.resolve("grades.csv");

        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--feedback", feedback.toString(),
                "--csv", csv.toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("not written: ada.json: feedback " + planted.getFileName() + " not written ("), r.out());
        assertEquals("keep", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(planted));
        assertEquals(3, Files.readAllLines(csv).size(), "the sheet is written whatever a feedback file did");
        assertTrue(Files.isRegularFile(feedback.resolve(nnwb.core.assignment.SafeFileNames.stem("bob") + ".feedback.json")));

        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), outside);
        Catalog.Run refused = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--feedback",
                linkedFolder.toString(), "--csv", tmp.resolve("other.csv").toString());
        assertEquals(2, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("is a link"), refused.err());
        assertFalse(Files.exists(tmp.resolve("other.csv")), "refused before grading: nothing written");
        try (Stream<Path> o = Files.list(outside)) {
            assertEquals(1, o.count());
        }
    }

    @Test
    void outputsThatCannotBeWrittenAreRefusedBeforeGradingInOneLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("subs"));
        Files.writeString(dir.resolve("ada.json"), json(EpflPs08Test.solved(), "ada"));
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        Path aFolder = Files.createDirectories(tmp.resolve("a-folder"));
        List<String[]> bad = List.of(
                new String[] {"--feedback", aFile.toString()},
                new String[] {"--csv", aFolder.toString()},
                new String[] {"--csv", "/dev/null"},
                new String[] {"--csv", aFile.resolve("grades.csv").toString()},
                new String[] {"--id-from", "whatever"});
        for (String[] args : bad) {
            List<String> argv = new ArrayList<>(List.of("grade", "epfl-ml-ps08", "--dir", dir.toString()));
            argv.addAll(List.of(args));
            Catalog.Run r = Catalog.run(argv.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(args[0]), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("subs-feedback")), "nothing graded, nothing written");
        assertEquals("x", Files.readString(aFile));
    }
}
