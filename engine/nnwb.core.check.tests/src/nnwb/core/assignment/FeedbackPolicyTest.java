package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.Limits;
import nnwb.core.check.RealChecker;
import nnwb.core.check.Tolerance;
import org.junit.jupiter.api.Test;

/** The instructor's feedback policy decides when a student sees a key; the verdict, reason and direction always show. */
class FeedbackPolicyTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-06-30T23:59:00+02:00");
    private static final long KEY = 58_164_298;

    private static Assignment assignment(FeedbackPolicy assignmentPolicy, Part part) {
        return new Assignment("policy", "c", "t", DUE, List.of(Problem.of("p1", "t", "s.md", List.of(part))))
                .withFeedback(assignmentPolicy);
    }

    private static Part count() {
        return Part.of("a", "A count", 1, IntegerChecker.of(KEY));
    }

    private static String studentFeedback(Assignment a, OffsetDateTime at, String answer) {
        Grader g = new Grader(Limits.DEFAULT, Clock.fixed(at.toInstant(), ZoneOffset.UTC));
        return FeedbackJson.toJson(g.grade(a, new Submission(a.id(), "ada", Map.of("p1.a", Answer.text(answer)))),
                Audience.STUDENT);
    }

    @Test
    void neverIsTheDefaultAndGivesTheVerdictAndDirectionWithoutValueOrDistance() {
        Assignment a = new Assignment("policy", "c", "t", DUE, List.of(Problem.of("p1", "t", "s.md", List.of(count()))));
        assertEquals(FeedbackPolicy.NEVER, a.feedback());
        String high = studentFeedback(a, DUE.plusYears(1), "58164398");
        assertFalse(high.contains(Long.toString(KEY)), high);
        assertFalse(high.contains("100"), "the distance: " + high);
        assertTrue(high.contains("\"wrong\"") && high.contains("too high"), high);
        assertTrue(studentFeedback(a, DUE.plusYears(1), "58164198").contains("too low"));
    }

    @Test
    void afterDeadlineShowsTheKeyOnlyOnceTheDueDateHasPassed() {
        Assignment a = assignment(FeedbackPolicy.AFTER_DEADLINE, count());
        assertFalse(studentFeedback(a, DUE.minusMinutes(1), "1").contains(Long.toString(KEY)));
        assertTrue(studentFeedback(a, DUE.plusMinutes(1), "1").contains("expected " + KEY));
    }

    @Test
    void alwaysShowsTheKeyAndDistance() {
        String s = studentFeedback(assignment(FeedbackPolicy.ALWAYS, count()), DUE.minusDays(3), "58164398");
        assertTrue(s.contains("expected " + KEY + "; yours is off by 100"), s);
    }

    @Test
    void aPartsOwnPolicyOverridesTheAssignments() {
        Assignment open = assignment(FeedbackPolicy.ALWAYS, count().hiddenKey());
        assertFalse(studentFeedback(open, DUE.plusYears(1), "1").contains(Long.toString(KEY)));
        Assignment closed = assignment(FeedbackPolicy.NEVER, count().revealingKey());
        assertTrue(studentFeedback(closed, DUE.minusYears(1), "1").contains(Long.toString(KEY)));
    }

    @Test
    void instructorsSeeEveryKey() {
        Assignment a = assignment(FeedbackPolicy.NEVER, Part.of("a", "A size", 1,
                RealChecker.of(4829.17, "MB", Tolerance.relative(0.001))));
        Grader g = new Grader(Limits.DEFAULT);
        SubmissionResult r = g.grade(a, new Submission(a.id(), "ada", Map.of("p1.a", Answer.text("4000 MB"))));
        String instructor = FeedbackJson.toJson(r, Audience.INSTRUCTOR);
        String student = FeedbackJson.toJson(r, Audience.STUDENT);
        assertTrue(instructor.contains("4829.17"), instructor);
        assertFalse(student.contains("4829.17") || student.contains("17.2"), "the key or the distance: " + student);
        assertTrue(student.contains("too low"), student);
    }

    @Test
    void theCatalogNamesEachPartsPolicyAndWhetherItsKeyIsHiddenNow() {
        Assignment a = assignment(FeedbackPolicy.AFTER_DEADLINE, count());
        String before = CatalogJson.toJson(List.of(a), DUE.minusDays(1).toInstant());
        String after = CatalogJson.toJson(List.of(a), DUE.plusDays(1).toInstant());
        assertTrue(before.contains("\"hidden\": true") && before.contains("\"feedback\": \"after-deadline\""), before);
        assertTrue(after.contains("\"hidden\": false"), after);
    }

    @Test
    void policiesReadByTheirNames() {
        assertEquals(FeedbackPolicy.AFTER_DEADLINE, FeedbackPolicy.parse("after-deadline"));
        assertEquals(FeedbackPolicy.ALWAYS, FeedbackPolicy.parse(FeedbackPolicy.ALWAYS.key()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedbackPolicy.parse("sometimes"));
        assertEquals("unknown feedback policy 'sometimes'; one of never, after-deadline, always", e.getMessage());
    }
}
