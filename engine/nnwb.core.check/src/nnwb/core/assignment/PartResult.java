package nnwb.core.assignment;

import nnwb.core.check.Verdict;

/**
 * The graded result of one part: its qualified id, whether its key is hidden, and the verdict
 * scaled to the part's points. {@link #forStudent()} is what a student may see.
 *
 * @param partId  qualified, e.g. {@code p1.a}
 * @param hidden  whether the key must not reach the student (its feedback policy at the time of grading)
 * @param verdict out of the part's points
 */
public record PartResult(String partId, boolean hidden, Verdict verdict) implements java.io.Serializable {

    public PartResult {
        if (partId == null || verdict == null) {
            throw new IllegalArgumentException("a part result needs a part id and a verdict");
        }
    }

    /** The verdict a student may see: without the key when it is hidden. */
    public Verdict forStudent() {
        return hidden ? verdict.withoutKey() : verdict;
    }
}
