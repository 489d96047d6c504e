package nnwb.spark.launch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.json.Json;

/** A failed Spark job is explained in one line, its chatter kept in a log file, and scripts get a JSON error. */
class SparkFailureTest {

    private static final List<String> UNREACHABLE = List.of(
            "25/12/07 05:00:00 INFO SparkContext: Running Spark version 4.2.0",
            "25/12/07 05:00:01 INFO StandaloneAppClient$ClientEndpoint: Connecting to master spark://10.0.0.9:7077...",
            "25/12/07 05:01:21 ERROR StandaloneSchedulerBackend: Application has been killed. Reason: All masters are unresponsive! Giving up.",
            "25/12/07 05:01:21 WARN StandaloneSchedulerBackend: Application ID is not initialized yet.",
            "Exception in thread \"main\" java.lang.IllegalStateException: Cannot call methods on a stopped SparkContext.",
            "\tat org.apache.spark.SparkContext.assertNotStopped(SparkContext.scala:122)");

    @Test
    void aKnownCauseWinsOverTheShutdownTrace() {
        assertEquals("Application has been killed. Reason: All masters are unresponsive! Giving up.",
                SparkFailure.cause(UNREACHABLE));
    }

    @Test
    void otherwiseTheDeepestCausedByThenTheFirstErrorThenTheLastLine() {
        assertEquals("java.io.FileNotFoundException: specs.json", SparkFailure.cause(List.of("a",
                "Caused by: java.lang.RuntimeException: x", "Caused by: java.io.FileNotFoundException: specs.json", "b")));
        assertEquals("Task 3 failed 4 times", SparkFailure.cause(List.of("25/12/07 05:00:00 INFO DAGScheduler: job",
                "25/12/07 05:00:02 ERROR TaskSetManager: Task 3 failed 4 times", "done")));
        assertEquals("the last words", SparkFailure.cause(List.of("first", "the last words", "  ")));
        assertEquals("", SparkFailure.cause(List.of()));
    }

    @Test
    void infoAndWarnLinesAreChatterErrorsAndOurOwnLinesAreNot() {
        assertTrue(SparkFailure.chatter(UNREACHABLE.get(0)));
        assertTrue(SparkFailure.chatter(UNREACHABLE.get(3)));
        assertFalse(SparkFailure.chatter(UNREACHABLE.get(2)));
        assertFalse(SparkFailure.chatter("graded 100 of 103 files"));
    }

    @Test
    void aFailedJobThrowsItsCauseInOneLineAndKeepsEveryLineInTheLog() throws Exception {
        StringBuilder script = new StringBuilder();
        for (String l : UNREACHABLE) {
            script.append("printf '%s\\n' '").append(l.replace("'", "'\\''")).append("'; ");
        }
        script.append("exit 1");
        List<String> shown = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SparkLaunch.runChecked(List.of("sh", "-c", script.toString()), shown::add, () -> false));
        assertTrue(e.getMessage().startsWith("the Spark job failed (exit code 1): Application has been killed. Reason: All masters"
                + " are unresponsive! Giving up. (Spark's log: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(shown.get(0).startsWith("Spark's log: "), shown.toString());
        Path log = Path.of(shown.get(0).substring("Spark's log: ".length()));
        assertEquals(UNREACHABLE, Files.readAllLines(log));
        assertFalse(shown.stream().anyMatch(l -> l.contains(" INFO ") || l.contains(" WARN ")), "chatter stays in the log: " + shown);
        assertTrue(shown.contains(UNREACHABLE.get(2)));
        Files.delete(log);
    }

    @Test
    void underJsonAFailureIsAnErrorObjectOnStdoutAndOneLineOnStderr() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(1, SparkErrors.failed("sweep", "the Spark job failed (exit code 1):\n  masters gone", true,
                new PrintWriter(out, true), new PrintWriter(err, true)));
        assertEquals("nnwb sweep: the Spark job failed (exit code 1): masters gone", err.toString().strip());
        Object json = Json.parse(out.toString());
        assertEquals("the Spark job failed (exit code 1): masters gone", ((java.util.Map<?, ?>) json).get("error"));
        StringWriter quiet = new StringWriter();
        SparkErrors.failed("grade", "x", false, new PrintWriter(quiet, true), new PrintWriter(new StringWriter(), true));
        assertEquals("", quiet.toString());
    }
}
