package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Audience;
import nnwb.core.assignment.FeedbackJson;
import nnwb.core.assignment.Grader;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Submission;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Answer;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.Limits;
import nnwb.core.check.Status;
import nnwb.core.check.StudentWork;

/** A student working an assignment in tests: answers by part id, checks and grades as the workbench does. */
final class Student {

    private final Assignment assignment;
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    Student(Assignment assignment) {
        this.assignment = assignment;
    }

    Student answer(String part, String text) {
        answers.put(part, Answer.text(text));
        return this;
    }

    Student answer(String part, Answer a) {
        answers.put(part, a);
        return this;
    }

    Map<String, Answer> answers() {
        return answers;
    }

    Submission submission(String student) {
        return new Submission(assignment.id(), student, answers);
    }

    SubmissionResult grade() {
        return new Grader(Limits.DEFAULT).grade(assignment, submission("student-1"));
    }

    /** The verdict on {@code text} for {@code part}, the other answers as the work. */
    PartResult check(String part, String text) {
        return check(part, Answer.text(text));
    }

    PartResult check(String part, Answer a) {
        Map<String, Answer> work = new LinkedHashMap<>(answers);
        work.put(part, a);
        return new Grader(Limits.DEFAULT).check(assignment, part, a, new StudentWork(work));
    }

    void assertCorrect(String part, String text) {
        PartResult r = check(part, text);
        assertEquals(Status.CORRECT, r.verdict().status(), part + " '" + text + "': " + FeedbackText.render(part, r.verdict(), false));
    }

    void assertCorrect(String part, Answer a) {
        PartResult r = check(part, a);
        assertEquals(Status.CORRECT, r.verdict().status(), part + ": " + FeedbackText.render(part, r.verdict(), false));
    }

    /** Wrong (or partial), with a reason that says something. */
    String assertNotCorrect(String part, String text) {
        return assertNotCorrect(part, Answer.text(text));
    }

    /** {@link #assertNotCorrect(String, String)} for an answer of several fields. */
    String assertNotCorrect(String part, Answer text) {
        PartResult r = check(part, text);
        assertFalse(r.verdict().status() == Status.CORRECT, part + " '" + text + "' should not pass");
        assertFalse(r.verdict().reason().isBlank(), "a reason is given");
        return r.verdict().reason() + (r.verdict().keyDetail().isEmpty() ? "" : " | " + r.verdict().keyDetail());
    }

    /** Every part full marks except those collected for hand grading. */
    static void assertFullMarks(SubmissionResult r) {
        for (PartResult p : r.parts()) {
            assertTrue(p.verdict().status() == Status.CORRECT || p.verdict().status() == Status.COLLECTED,
                    FeedbackText.render(p.partId(), p.verdict(), false));
        }
    }

    /** No hidden part's key detail reaches the student's feedback. */
    static void assertNoHiddenKeyIn(SubmissionResult r, String... keys) {
        String feedback = FeedbackJson.toJson(r, Audience.STUDENT);
        for (PartResult p : r.parts()) {
            if (p.hidden()) {
                if (!p.verdict().keyDetail().isEmpty()) {
                    assertFalse(feedback.contains(p.verdict().keyDetail()), "hidden detail of " + p.partId() + " leaked");
                }
                assertTrue(p.forStudent().keyDetail().isEmpty());
            }
        }
        for (String k : keys) {
            assertFalse(feedback.contains(k), "the key " + k + " appears in the student's feedback");
        }
    }

    /**
     * The key formula of a formula part, evaluated at {@code values} (one per declared symbol, in order); for a part with
     * several readings, the sheet's.
     */
    double key(String part, double... values) {
        nnwb.core.check.Checker checker = assignment.part(part).orElseThrow().part().checker();
        if (checker instanceof nnwb.core.check.ConventionChecker cc) {
            checker = cc.sheet();
        }
        return ((FormulaChecker) checker).key().evaluate(values);
    }

    /** The key formula of the reading {@code convention} of a part with several readings, evaluated at {@code values}. */
    double key(String part, String convention, double... values) {
        var cc = (nnwb.core.check.ConventionChecker) assignment.part(part).orElseThrow().part().checker();
        var alt = cc.alternatives().stream().filter(x -> x.convention().equals(convention)).findFirst().orElseThrow();
        return ((FormulaChecker) alt.checker()).key().evaluate(values);
    }
}
