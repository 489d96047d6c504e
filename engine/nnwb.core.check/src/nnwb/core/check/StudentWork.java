package nnwb.core.check;

import java.util.Map;
import java.util.Optional;

/**
 * Everything a student handed in, by part id, so that a checker can compute its key from the
 * student's own work (e.g. the parameter count of the model they wrote in another part).
 */
public record StudentWork(Map<String, Answer> answers) {

    /** No work at all. */
    public static final StudentWork NONE = new StudentWork(Map.of());

    public StudentWork {
        answers = Map.copyOf(answers);
    }

    /** The answer to part {@code partId}, when given. */
    public Optional<Answer> answer(String partId) {
        return Optional.ofNullable(answers.get(partId));
    }

    /** The text answer to part {@code partId}; throws a one-line reason when absent or not text. */
    public String text(String partId) {
        Answer a = answers.get(partId);
        if (a instanceof Answer.Text t) {
            return t.value();
        }
        throw new IllegalArgumentException("part " + partId + " has " + (a == null ? "no answer" : a.shape()) + ", text expected");
    }
}
