package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.AnswerKind;
import nnwb.core.check.Checker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.Limits;
import nnwb.core.check.Status;
import nnwb.core.check.StudentWork;
import org.junit.jupiter.api.Test;

class GraderTest {

    private final Grader grader = new Grader(Limits.DEFAULT);

    @Test
    void everythingRightEarnsEveryAutomaticPoint() {
        Assignment a = SampleAssignment.build();
        SubmissionResult r = grader.grade(a, new Submission(a.id(), "ada", SampleAssignment.correctAnswers()));
        for (PartResult p : r.parts()) {
            Status expected = p.partId().equals("p2.d") || p.partId().equals("p2.w") ? Status.COLLECTED : Status.CORRECT;
            assertEquals(expected, p.verdict().status(), p.partId() + ": " + p.verdict().reason());
        }
        double handGraded = 1;
        assertEquals(a.points() - handGraded, r.awarded(), 1e-9);
        assertEquals(a.points(), r.possible(), 1e-9);
        assertEquals("correct, equal up to sign", r.part("p2.b").verdict().reason());
    }

    @Test
    void partialCreditAddsUpPartByPart() {
        Assignment a = SampleAssignment.build();
        Map<String, Answer> answers = new LinkedHashMap<>(SampleAssignment.correctAnswers());
        answers.put("p1.b", Answer.text("4 MB"));
        answers.put("p2.b", Answer.text("1 0 -1; 2 0 -2; 1 1 -1"));
        answers.remove("p2.a");
        answers.put("p9.z", Answer.text("stray"));
        SubmissionResult r = grader.grade(a, new Submission(a.id(), "bob", answers));
        assertEquals(Status.WRONG, r.part("p1.b").verdict().status());
        assertEquals("not answered", r.part("p2.a").verdict().reason());
        assertEquals(2 * 8.0 / 9, r.part("p2.b").verdict().awarded(), 1e-12);
        double expected = 2 + 0 + 1 + 0 + 2 * 8.0 / 9 + 2 + 0 + 0 + 1;
        assertEquals(expected, r.awarded(), 1e-9);
        assertEquals(List.of("1 answer for parts this assignment does not have was ignored"), r.notes());
    }

    @Test
    void answersForAnotherAssignmentAreRefused() {
        Assignment a = SampleAssignment.build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> grader.grade(a, new Submission("other", "eve", Map.of())));
        assertEquals("answers are for assignment 'other', not sample-ps", e.getMessage());
    }

    @Test
    void aCheckerThatFailsCostsOnlyItsPart() {
        Checker broken = new Checker() {
            @Override
            public nnwb.core.check.Verdict check(Answer answer, nnwb.core.check.CheckContext context) {
                throw new IllegalStateException("bug");
            }

            @Override
            public AnswerKind kind() {
                return AnswerKind.INTEGER;
            }
        };
        Problem p = Problem.of("p1", "t", "s.md", List.of(Part.of("a", "x", 1, broken), Part.of("b", "y", 1,
                IntegerChecker.of(2))));
        Assignment a = new Assignment("t", "c", "t", OffsetDateTime.parse("2026-01-01T00:00Z"), List.of(p));
        SubmissionResult r = grader.grade(a, new Submission("t", "s", Map.of("p1.a", Answer.text("1"), "p1.b",
                Answer.text("2"))));
        assertEquals(Status.UNGRADABLE, r.part("p1.a").verdict().status());
        assertEquals("the checker could not judge this answer (IllegalStateException)", r.part("p1.a").verdict().reason());
        assertEquals(Status.CORRECT, r.part("p1.b").verdict().status());
    }

    @Test
    void onePartCanBeCheckedAloneWithTheStudentsOtherWork() {
        Assignment a = SampleAssignment.build();
        StudentWork work = new StudentWork(Map.of("p2.w", Answer.text("3, 2")));
        PartResult r = grader.check(a, "p2.e", Answer.text(Long.toString(4 * 2)), work);
        assertEquals(Status.CORRECT, r.verdict().status());
        assertEquals(1, r.verdict().possible());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> grader.check(a, "p7.q", Answer.text("1"), work))
                .getMessage().contains("has no part 'p7.q'"));
    }
}
