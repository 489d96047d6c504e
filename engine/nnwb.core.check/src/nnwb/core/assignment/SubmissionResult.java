package nnwb.core.assignment;

import java.util.List;

/**
 * One student's graded submission: a result per part in the assignment's order, and notes
 * on anything ignored (answers to parts the assignment does not have).
 *
 * @param assignmentId the assignment
 * @param studentId    the student, as the submission names them (untrusted text)
 * @param parts        in the assignment's order
 * @param notes        one line each
 */
public record SubmissionResult(String assignmentId, String studentId, List<PartResult> parts, List<String> notes)
        implements java.io.Serializable {

    public SubmissionResult {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }

    /** Points awarded in all. */
    public double awarded() {
        return parts.stream().mapToDouble(p -> p.verdict().awarded()).sum();
    }

    /** Points possible in all. */
    public double possible() {
        return parts.stream().mapToDouble(p -> p.verdict().possible()).sum();
    }

    /** The result of part {@code partId}, e.g. {@code p1.a}. */
    public PartResult part(String partId) {
        return parts.stream().filter(p -> p.partId().equals(partId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + partId));
    }
}
