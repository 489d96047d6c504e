package nnwb.core.check;

/**
 * Checks one part's answer. Implementations are immutable, thread-safe and never throw for
 * bad student input: they return an {@link Status#UNGRADABLE} verdict with the reason. They
 * call {@link Deadline#check()} inside loops so that a slow check stops at its time limit.
 * Verdicts are out of one point; the grader scales them.
 */
public interface Checker {

    /** The verdict on {@code answer}; {@code context} carries the limits, the deadline and the student's other answers. */
    Verdict check(Answer answer, CheckContext context);

    /** The kind of input this checker expects. */
    AnswerKind kind();

    /** A short hint on the expected form, e.g. "a size with its unit, e.g. 12 MB"; never the key. */
    default String inputHint() {
        return "";
    }
}
