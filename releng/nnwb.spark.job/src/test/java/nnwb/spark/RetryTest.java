package nnwb.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.CellVerdict;
import nnwb.core.check.Status;
import nnwb.core.check.Verdict;
import nnwb.core.data.RunConfig;
import nnwb.train.RunFolder;
import nnwb.train.RunSpecs;

/**
 * What makes a task safe to run twice (Spark retries a failed task, and speculation may run two attempts): outputs
 * appear whole under their name or not at all, a second attempt never replaces the first one's, temporaries of a
 * killed attempt are recognised and removed, and nothing is written through a link. No Spark needed.
 */
class RetryTest {

    @Test
    void aFolderIsPublishedWholeOnceAndASecondAttemptLeavesTheFirst(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        Path first = folder(work.resolve("a1"), "first");
        Path second = folder(work.resolve("a2"), "second");
        Location target = Location.of(out.toString()).child("b8-sgd-s1");

        assertTrue(target.publish(first));
        assertFalse(target.publish(second), "another attempt finished first");

        assertEquals("first", Files.readString(out.resolve("b8-sgd-s1/metrics.csv")));
        assertEquals(List.of("b8-sgd-s1"), Location.of(out.toString()).list(), "no temporary left behind");
    }

    @Test
    void aTaskNeverCreatesTheOutputFolderItself(@TempDir Path work) throws IOException {
        Path src = folder(work.resolve("a1"), "x");
        IOException e = assertThrows(IOException.class, () -> Location.of(work.resolve("not-here").toString()).child("r").publish(src));
        assertTrue(e.getMessage().contains("every node of the cluster shares"), e.getMessage());
        assertFalse(Files.exists(work.resolve("not-here")));
    }

    @Test
    void aRetriedTrainingTaskFindsTheFolderAndTrainsNothing(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        RunSpecs.Spec spec = new RunSpecs.Spec("b8-sgd-s1", RunConfig.of("edges", "edge-cnn", "edges:per-class=4"));
        Path done = Files.createDirectories(out.resolve(spec.name()));
        Files.writeString(done.resolve(RunFolder.RESULT), "{\"final\": {\"valAccuracy\": 0.75, \"valLoss\": 0.5}, \"peakMemoryBytes\": 1234}");
        Files.writeString(done.resolve(RunTask.SPEC), spec.json());

        RunSummary s = new RunTask(Location.of(out.toString())).call(spec.json());

        assertEquals(new RunSummary(spec.name(), RunSummary.TRAINED, Map.of("valAccuracy", 0.75, "valLoss", 0.5,
                "peakMemoryBytes", 1234.0), null), s);
        assertEquals(List.of(RunFolder.RESULT, RunTask.SPEC), Location.of(done.toString()).list(), "nothing trained or added");
    }

    @Test
    void leftoversOfAKilledAttemptAreRemovedAndNothingElse(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        folder(out.resolve(".b8-sgd-s1.0123456789abcdef.tmp"), "half");
        Files.writeString(out.resolve(".s1-0a1b.feedback.json.fedcba9876543210.tmp"), "{");
        Files.writeString(out.resolve(".hidden"), "kept");
        Files.writeString(out.resolve("spark-job.json"), "{}");
        Files.createDirectories(out.resolve("b16-adam-s1"));

        List<String> removed = Location.of(out.toString()).removeLeftovers();

        assertEquals(List.of(".b8-sgd-s1.0123456789abcdef.tmp", ".s1-0a1b.feedback.json.fedcba9876543210.tmp"), removed);
        assertEquals(List.of(".hidden", "b16-adam-s1", "spark-job.json"), Location.of(out.toString()).list());
    }

    @Test
    void writesAndRenamesNeverGoThroughALink(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        Path victim = Files.writeString(work.resolve("victim"), "mine");
        Files.createSymbolicLink(out.resolve("a.feedback.json"), victim);
        Location dir = Location.of(out.toString());

        assertThrows(IOException.class, () -> dir.child("a.feedback.json").write("x".getBytes(StandardCharsets.UTF_8)));
        dir.child("b.feedback.json").write("b".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> dir.child("b.feedback.json").renameTo(dir.child("a.feedback.json")));
        assertThrows(IllegalArgumentException.class, () -> dir.child("../escape"));

        assertEquals("mine", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(out.resolve("a.feedback.json")));
        dir.delete();
        assertFalse(Files.exists(out, LinkOption.NOFOLLOW_LINKS));
        assertEquals("mine", Files.readString(victim), "deleting a folder deletes a link in it, not what it points to");
    }

    @Test
    void aGradeRecordReadsBackAsTheGradeAndADamagedOneAsNothing() {
        Verdict v = new Verdict(Status.PARTIAL, 0.5, 2, "two of four cells", "expected 3", List.of(
                new CellVerdict("(1,1)", Status.WRONG, "too low", "3")));
        BatchGrader.FileGrade g = new BatchGrader.FileGrade("alice/a.json", "alice", new SubmissionResult("epfl-ml-ps08",
                "alice", List.of(new PartResult("p1.a", true, v), new PartResult("p1.b", false, Verdict.correct("ok"))),
                List.of("p9 ignored")), null);
        GradeRecords.Stored s = new GradeRecords.Stored("abc", "alice-0123.feedback.json", g);

        assertEquals(s, GradeRecords.read(GradeRecords.write(s)));
        BatchGrader.FileGrade bad = new BatchGrader.FileGrade("t.json", "t", null, "the file is not JSON");
        assertEquals(bad, GradeRecords.read(GradeRecords.write(new GradeRecords.Stored("abc", null, bad))).grade());
        assertNull(GradeRecords.read("{\"plugin\": \"abc\", \"grade\": {\"file\"".getBytes(StandardCharsets.UTF_8)));
        assertNull(GradeRecords.read("[]".getBytes(StandardCharsets.UTF_8)));

        AnswersFile f = new AnswersFile("alice/a.json", "alice", "{}".getBytes(StandardCharsets.UTF_8), null);
        AnswersFile changed = new AnswersFile("alice/a.json", "alice", "{ }".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(GradeRecords.name(f).matches("alice_a_json-[0-9a-f]{12}-[0-9a-f]{16}\\.grade\\.json"), GradeRecords.name(f));
        assertFalse(GradeRecords.name(f).equals(GradeRecords.name(changed)), "a changed file is graded again");
        assertNull(GradeRecords.name(new AnswersFile("big.json", "big", null, "too big")));
    }

    private static Path folder(Path dir, String metrics) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("metrics.csv"), metrics);
        Files.write(dir.resolve("model.zip"), new byte[] {1, 2, 3});
        return dir;
    }
}
