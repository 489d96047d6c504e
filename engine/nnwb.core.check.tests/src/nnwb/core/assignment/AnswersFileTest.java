package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.Limits;
import nnwb.core.check.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileTest {

    private static final String HEAD = "{\"format\": \"nnwb-answers\", \"version\": 1, \"assignment\": \"sample-ps\", "
            + "\"student\": \"ada\", \"answers\": ";

    private static String refusal(String json) {
        long start = System.nanoTime();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnswersReader.parse(json, Limits.DEFAULT));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000);
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("http"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void writtenAnswersReadBackTheSame() {
        Submission s = new Submission("sample-ps", "ada \"the first\"", SampleAssignment.correctAnswers());
        Submission back = AnswersReader.parse(AnswersWriter.toJson(s), Limits.DEFAULT);
        assertEquals(s, back);
        assertTrue(AnswersWriter.toJson(s).contains("\"assignment\": \"sample-ps\""));
    }

    @Test
    void numbersKeepTheirLiteralAndNullIsNoAnswer() {
        Submission s = AnswersReader.parse(HEAD + "{\"p1.a\": 1.50, \"p1.b\": null, \"p1.c\": [[1, 2], [3, 4]]}}",
                Limits.DEFAULT);
        assertEquals(Answer.text("1.50"), s.answers().get("p1.a"));
        assertEquals(new Answer.Missing(), s.answers().get("p1.b"));
        assertTrue(s.answers().get("p1.c") instanceof Answer.Items rows && rows.items().size() == 2);
    }

    @Test
    void unknownTopLevelKeysAreSkipped() {
        Submission s = AnswersReader.parse("{\"exported\": {\"by\": [1, 2]}, " + HEAD.substring(1) + "{}}", Limits.DEFAULT);
        assertEquals("ada", s.studentId());
    }

    @Test
    void truncatedFilesSayTheyEndEarly() {
        String full = AnswersWriter.toJson(new Submission("sample-ps", "ada", SampleAssignment.correctAnswers()));
        for (int cut : new int[] {1, full.length() / 3, full.length() / 2, full.length() - 2}) {
            String m = refusal(full.substring(0, cut));
            assertTrue(m.startsWith("answers file ends early (truncated?)") || m.startsWith("answers file is not valid JSON"),
                    m);
        }
        assertEquals("answers file ends early (truncated?) at line 1 column 2", refusal("{"));
    }

    @Test
    void aMillionDigitNumberIsRefusedWithItsLine() {
        String m = refusal(HEAD + "{\"p1.a\":\n" + "9".repeat(1_000_000) + "}}");
        assertEquals("answers file has a number longer than 100 characters at line 2", m);
    }

    @Test
    void aMillionDigitStringCostsOnlyThatPart() {
        Limits roomy = Limits.DEFAULT.withMaxFileBytes(2_000_000);
        Submission s = AnswersReader.parse(HEAD + "{\"p2.a\": \"" + "9".repeat(1_000_000) + "\", \"p1.c\": \"1\"}}", roomy);
        assertTrue(s.answers().get("p2.a") instanceof Answer.Invalid);
        SubmissionResult r = new Grader(roomy).grade(SampleAssignment.build(), s);
        assertEquals(Status.UNGRADABLE, r.part("p2.a").verdict().status());
        assertEquals("answer is 1000000 characters long; at most 20000 allowed", r.part("p2.a").verdict().reason());
        assertEquals(Status.WRONG, r.part("p1.c").verdict().status());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertTrue(refusal(HEAD + "{\"p1.a\": " + deep + "}}").startsWith("answers file nests"));
        assertTrue(refusal("{\"x\": " + deep + "}").startsWith("answers file nests"));
    }

    @Test
    void malformedFilesGetOneLineEach() {
        assertEquals("answers file must hold one JSON object", refusal("[1, 2]"));
        assertEquals("answers file has the key 'student' twice", refusal(HEAD + "{}, \"student\": \"x\"}"));
        assertEquals("answers file has the key 'p1.a' twice", refusal(HEAD + "{\"p1.a\": 1, \"p1.a\": 2}}"));
        assertEquals("answers file has no \"student\"", refusal("{\"assignment\": \"a\", \"answers\": {}}"));
        assertEquals("answers file format is 'zip', not nnwb-answers", refusal("{\"format\": \"zip\"}"));
        assertEquals("answers file version is not 1, the only version this workbench reads", refusal("{\"version\": 2}"));
        assertEquals("answers file has more after its closing brace", refusal(HEAD + "{}} {}"));
        assertTrue(refusal(HEAD + "{\"p1.a\": NaN}}").startsWith("answers file is not valid JSON at line 1"));
        assertTrue(refusal("{'single': 1}").startsWith("answers file is not valid JSON"));
        assertEquals("student id must be 1-200 characters without control characters",
                refusal("{\"assignment\": \"a\", \"student\": \"a\\u0000b\", \"answers\": {}}"));
        assertEquals("answers file \"answers\" must be an object of part ids to answers", refusal(HEAD + "[]}"));
    }

    @Test
    void tooManyValuesAreRefused() {
        String many = "[" + "1,".repeat(Limits.DEFAULT.maxCells()) + "1]";
        assertEquals("answers file has more than 10000 values", refusal(HEAD + "{\"p1.a\": " + many + "}}"));
    }

    @Test
    void filesAreCheckedForSizeAndEncodingBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(1 << 20) + 1]);
        assertEquals("answers file is 1048577 bytes; at most 1048576 allowed",
                assertThrows(IllegalArgumentException.class, () -> AnswersReader.read(big, Limits.DEFAULT)).getMessage());
        Path latin = dir.resolve("latin.json");
        Files.write(latin, (HEAD + "{\"p1.a\": \"caf\u00e9\"}}").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("answers file is not UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> AnswersReader.read(latin, Limits.DEFAULT)).getMessage());
        assertEquals("not a regular file",
                assertThrows(IllegalArgumentException.class, () -> AnswersReader.read(dir, Limits.DEFAULT)).getMessage());
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "\uFEFF" + HEAD + "{\"p1.a\": \"x\"}}", StandardCharsets.UTF_8);
        assertEquals(Map.of("p1.a", Answer.text("x")), AnswersReader.read(ok, Limits.DEFAULT).answers());
    }
}
