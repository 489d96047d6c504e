package nnwb.core.assignment;

import java.io.Serializable;

/**
 * One row of the grade sheet: every answers file gets one, graded or not.
 *
 * @param student the student id (from the file name or the answers, see {@link IdSource}), untrusted text
 * @param file    the file it was graded from, as reports show it
 * @param result  the graded submission under {@code student}, or null when the file could not be graded
 * @param note    why the file was not graded, or the conflicting claims on this student; empty when none
 */
public record GradeRow(String student, String file, SubmissionResult result, String note) implements Serializable {

    public GradeRow {
        note = note == null ? "" : note;
    }

    /** Whether the file was graded. */
    public boolean graded() {
        return result != null;
    }
}
