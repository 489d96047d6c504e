package nnwb.core.assignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.StudentWork;

/**
 * A student's answers to one assignment, as exported by the workbench and read back by
 * {@link AnswersReader}. All of it is untrusted: the student id is only ever shown quoted and
 * turned into file names by {@link SafeFileNames}.
 *
 * @param assignmentId the assignment answered
 * @param studentId    who answered, 1-200 characters without control characters
 * @param answers      by qualified part id, in the order given
 */
public record Submission(String assignmentId, String studentId, Map<String, Answer> answers) {

    /** Longest student id accepted. */
    public static final int MAX_STUDENT_ID = 200;

    public Submission {
        if (assignmentId == null || assignmentId.isBlank()) {
            throw new IllegalArgumentException("answers name no assignment");
        }
        if (studentId == null || studentId.isBlank() || studentId.length() > MAX_STUDENT_ID
                || studentId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("student id must be 1-" + MAX_STUDENT_ID
                    + " characters without control characters");
        }
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The answers as the student's work, for checkers that compute their key from it. */
    public StudentWork work() {
        return new StudentWork(answers);
    }
}
