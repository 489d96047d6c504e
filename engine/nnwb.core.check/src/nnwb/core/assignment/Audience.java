package nnwb.core.assignment;

import nnwb.core.check.Verdict;

/**
 * Who reads feedback: a student sees a part's key only where its {@link FeedbackPolicy} allows it at the time
 * of grading; an instructor sees everything.
 */
public enum Audience {
    /** Keys withheld by their policy are left out. */
    STUDENT,
    /** Everything, hidden keys included. */
    INSTRUCTOR;

    /** The verdict of {@code result} as this audience may read it. */
    public Verdict verdictOf(PartResult result) {
        return this == STUDENT ? result.forStudent() : result.verdict();
    }
}
