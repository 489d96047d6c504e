package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nnwb.core.assignment.AnswersWriter;

/** nnwb assignments list, nnwb check and nnwb grade as a student and an instructor use them. */
class CommandsTest {

    @TempDir
    Path tmp;

    @Test
    void assignmentsListJsonNamesEveryAssignmentWithIdTitleAndProblems() {
        Catalog.Run r = Catalog.run("assignments", "list", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonArray list = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("assignments");
        assertEquals(4, list.size());
        List<String> ids = list.asList().stream().map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
        assertEquals(List.of("berkeley-dl-hw4", "berkeley-dl-hw4-earlier", "epfl-ml-ps08", "toronto-dl-a2"), ids);
        // the earlier homework's canonical id, with the former one it still answers to
        assertEquals("[\"berkeley-dl-hw3\"]", list.get(1).getAsJsonObject().getAsJsonArray("aliases").toString());
        assertEquals("[]", list.get(0).getAsJsonObject().getAsJsonArray("aliases").toString());
        for (var e : list) {
            JsonObject a = e.getAsJsonObject();
            assertFalse(a.get("title").getAsString().isBlank());
            assertTrue(a.getAsJsonArray("problems").size() >= 4);
        }
        assertFalse(r.out().contains("8.625"), "no key is listed");
    }

    @Test
    void assignmentsListAsTextAndBadActions() {
        Catalog.Run r = Catalog.run("assignments", "list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("epfl-ml-ps08  EPFL Machine Learning"), r.out());
        assertTrue(r.out().contains("  also accepted as: berkeley-dl-hw3 (former id; berkeley-dl-hw4-earlier is canonical)"),
                r.out());
        Catalog.Run bad = Catalog.run("assignments", "lsit");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("the only one is: nnwb assignments list"), bad.err());
        assertEquals(2, Catalog.run("assignments").code());
    }

    private Path answers(String name, Student s, String student) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, AnswersWriter.toJson(s.submission(student)), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void checkPrintsTheStudentsFeedbackAndNeverAHiddenKey() throws IOException {
        Student s = EpflPs08Test.solved("ada").answer("p1.e", "9 MiB");
        Path f = answers("mine.json", s, "ada");
        Catalog.Run r = Catalog.run("check", "epfl-ml-ps08", "--answers", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("ada", o.get("student").getAsString());
        JsonObject e = o.getAsJsonArray("parts").asList().stream().map(x -> x.getAsJsonObject())
                .filter(x -> x.get("part").getAsString().equals("p1.e")).findFirst().orElseThrow();
        assertEquals("wrong", e.get("status").getAsString());
        assertTrue(e.get("hidden").getAsBoolean());
        assertFalse(e.has("detail"), "a hidden part has no detail for the student");
        assertFalse(r.out().contains("8.625"), r.out());
        Catalog.Run text = Catalog.run("check", "epfl-ml-ps08", "--answers", f.toString());
        assertTrue(text.out().startsWith("epfl-ml-ps08 for 'ada': 31 of 33 points"), text.out());
        assertTrue(text.out().contains("p1.e: wrong (0/1): off by more than 1%, too high\n"), text.out());
    }

    @Test
    void checkRefusesBadInputInOneLine() throws IOException {
        Path f = answers("mine.json", EpflPs08Test.solved(), "ada");
        for (String[] argv : List.of(
                new String[] {"check", "no-such-assignment", "--answers", f.toString()},
                new String[] {"check", "epfl-ml-ps08", "--answers", tmp.resolve("missing.json").toString()},
                new String[] {"check", "berkeley-dl-hw4", "--answers", f.toString()},
                new String[] {"check", "epfl-ml-ps08"})) {
            Catalog.Run r = Catalog.run(argv);
            assertEquals(2, r.code(), String.join(" ", argv) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertTrue(Catalog.run("check", "no-such-assignment", "--answers", f.toString()).err()
                .contains("installed: berkeley-dl-hw4, berkeley-dl-hw4-earlier, epfl-ml-ps08, toronto-dl-a2"));
        assertTrue(Catalog.run("check", "berkeley-dl-hw4", "--answers", f.toString()).err()
                .contains("answers are for assignment 'epfl-ml-ps08', not berkeley-dl-hw4"));
    }

    @Test
    void gradeWritesOneRowPerStudentAndOneColumnPerPartAndTotal() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        answers("in/ada.json", EpflPs08Test.solved("ada"), "ada");
        answers("in/bob.json", EpflPs08Test.solved("bob").answer("p2.a", "d sigma^2"), "bob");
        Path csv = tmp.resolve("grades.csv");
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("student,p1.a,p1.b,p1.c,p1.d,p1.e,p2.a,p2.b,p3.a"), rows.get(0));
        assertTrue(rows.get(0).endsWith(",p5.c,total,note"), rows.get(0));
        assertTrue(rows.get(1).startsWith("ada,2,2,2,2,1,2,1,") && rows.get(1).endsWith(",,32,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("bob,2,2,2,2,1,0,1,") && rows.get(2).endsWith(",,30,"), rows.get(2));
        try (var files = Files.list(tmp.resolve("in-feedback"))) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().matches("(ada|bob)-[0-9a-f]{12}\\.feedback\\.json")).count());
        }
        assertTrue(r.out().startsWith("graded 2 of 2 files"), r.out());
    }

    /** URIs of a cluster's storage need --spark (the job opens them); an export goes to a local folder; all in one line. */
    @Test
    void gradeRefusesStorageUrisWithoutSparkAndAnExportUriInOneLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        answers("in/ada.json", EpflPs08Test.solved("ada"), "ada");
        Catalog.Run r = Catalog.run("grade", "epfl-ml-ps08", "--dir", "hdfs://nn:8020/subs");
        assertEquals(2, r.code(), r.err());
        assertEquals("--dir hdfs://nn:8020/subs is a URI: it needs --spark (the job reads and writes there)", lastLine(r.err()));
        r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--csv", "file:/tmp/grades.csv");
        assertEquals(2, r.code(), r.err());
        assertTrue(lastLine(r.err()).startsWith("--csv file:/tmp/grades.csv is a URI: it needs --spark"), r.err());
        r = Catalog.run("grade", "epfl-ml-ps08", "--dir", dir.toString(), "--feedback", "s3a://bucket/fb");
        assertEquals(2, r.code(), r.err());
        assertTrue(lastLine(r.err()).startsWith("--feedback s3a://bucket/fb is a URI: it needs --spark"), r.err());
        for (String d : new String[] {dir.toString(), "hdfs://nn:8020/subs"}) {
            r = Catalog.run("grade", "epfl-ml-ps08", "--dir", d, "--spark", "yarn", "--export", "hdfs://nn:8020/export");
            assertEquals(2, r.code(), r.err());
            assertTrue(lastLine(r.err()).startsWith("--export hdfs://nn:8020/export is a URI: the exported folder (submit.sh, the job"
                    + " jar) is run from the gateway's disk"), r.err());
        }
        r = Catalog.run("grade", "epfl-ml-ps08", "--dir", "hdfs://nn:8020/subs", "--csv", "hdfs://nn:8020/subs-feedback", "--spark",
                "yarn");
        assertEquals(2, r.code(), r.err());
        assertEquals("--csv must not be the feedback folder", lastLine(r.err()), "the default feedback folder is SUBMISSIONS-feedback");
        r = Catalog.run("grade", "epfl-ml-ps08", "--dir", "hdfs://nn:8020/subs", "--spark", "yarn", "--deploy-mode", "cluster");
        assertEquals(2, r.code(), r.err());
        assertTrue(lastLine(r.err()).startsWith("nnwb grade cannot use --deploy-mode cluster"), r.err());
        assertFalse(Files.exists(Path.of("hdfs:")), "a URI never becomes a local folder");
        assertFalse(Files.exists(tmp.resolve("in-feedback")), "nothing graded");
    }

    private static String lastLine(String s) {
        List<String> lines = s.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).replaceFirst("^nnwb grade: ", "").replaceFirst("^error: ", "");
    }

    /** Answers files written under the former id {@code berkeley-dl-hw3} are checked and graded under either id. */
    @Test
    void answersUnderTheFormerIdAreStillCheckedAndGraded() throws IOException {
        Student s = new Student(Catalog.ALL.require("berkeley-dl-hw3")).answer("p1.b", "p/(1-p)").answer("p2.a", "5 -2 5; 5 1 1; 4 -1 0");
        String json = AnswersWriter.toJson(s.submission("ada"));
        assertTrue(json.contains("\"berkeley-dl-hw4-earlier\""), json);
        Path dir = Files.createDirectories(tmp.resolve("former"));
        Path f = dir.resolve("ada.json");
        Files.writeString(f, json.replace("\"berkeley-dl-hw4-earlier\"", "\"berkeley-dl-hw3\""), StandardCharsets.UTF_8);
        for (String id : List.of("berkeley-dl-hw3", "berkeley-dl-hw4-earlier")) {
            Catalog.Run check = Catalog.run("check", id, "--answers", f.toString());
            assertEquals(0, check.code(), check.err());
            assertTrue(check.out().contains("p1.b: correct") && check.out().contains("p2.a: correct"), check.out());
        }
        Catalog.Run grade = Catalog.run("grade", "berkeley-dl-hw3", "--dir", dir.toString(), "--csv", tmp.resolve("f.csv").toString());
        assertEquals(0, grade.code(), grade.err());
        assertTrue(grade.out().startsWith("graded 1 of 1 files"), grade.out());
        Files.writeString(f, json.replace("\"berkeley-dl-hw4-earlier\"", "\"berkeley-dl-hw4\""), StandardCharsets.UTF_8);
        Catalog.Run other = Catalog.run("check", "berkeley-dl-hw3", "--answers", f.toString());
        assertTrue(other.code() != 0 || other.out().contains("not berkeley-dl-hw4-earlier"), other.out() + other.err());
    }

    /** The example: a wrong parameter count of ResNet-152 got "expected 58164298"; now check and grade say "too low". */
    @Test
    void checkAndGradeGiveAWrongCountItsDirectionButNotTheKey() throws IOException {
        Student s = new Student(Catalog.ALL.require("berkeley-dl-hw3")).answer("p4.a", "58164000");
        String key = s.check("p4.a", "58164000").verdict().keyDetail();
        assertTrue(key.contains("58164298"), "the instructor's verdict holds the key: " + key);
        Path f = answers("hw3.json", s, "ada");
        Catalog.Run check = Catalog.run("check", "berkeley-dl-hw3", "--answers", f.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("p4.a: wrong (0/1): not the expected number, too low\n"), check.out());
        Catalog.Run json = Catalog.run("check", "berkeley-dl-hw3", "--answers", f.toString(), "--json");
        Path dir = Files.createDirectories(tmp.resolve("hw3"));
        answers("hw3/ada.json", s, "ada");
        Catalog.Run grade = Catalog.run("grade", "berkeley-dl-hw3", "--dir", dir.toString(), "--csv", tmp.resolve("g.csv").toString());
        assertEquals(0, grade.code(), grade.err());
        String feedback;
        try (var files = Files.list(tmp.resolve("hw3-feedback"))) {
            feedback = Files.readString(files.findFirst().orElseThrow());
        }
        for (String student : List.of(check.out(), json.out(), feedback)) {
            assertFalse(student.contains("58164298") || student.contains("58,164,298") || student.contains("off by 298"), student);
            assertTrue(student.contains("too low"), student);
        }
    }
}
