package nnwb.core.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * When a student may see a part's key (the expected value, how far off an answer is, the key at a
 * formula's witness point), declared by the instructor per assignment and per part. Whatever the
 * policy, a student sees the verdict, the points, the reason and a direction such as "too high";
 * instructors see everything.
 */
public enum FeedbackPolicy {

    /** The key never reaches a student (the default). */
    NEVER("never"),
    /** The key reaches a student once the assignment's due date has passed. */
    AFTER_DEADLINE("after-deadline"),
    /** The key reaches a student with every check. */
    ALWAYS("always");

    private final String key;

    FeedbackPolicy(String key) {
        this.key = key;
    }

    /** The policy's name in JSON and declarations, e.g. {@code after-deadline}. */
    public String key() {
        return key;
    }

    /** Whether a student may see the key at {@code now} for an assignment due at {@code due}. */
    public boolean reveals(Instant now, OffsetDateTime due) {
        return switch (this) {
            case NEVER -> false;
            case AFTER_DEADLINE -> now.isAfter(due.toInstant());
            case ALWAYS -> true;
        };
    }

    /** Whether a student may see the key at some time (the part's key counts as revealed to its siblings). */
    public boolean revealsEver() {
        return this != NEVER;
    }

    /** The policy named {@code text} ({@code never}, {@code after-deadline}, {@code always}); a one-line reason otherwise. */
    public static FeedbackPolicy parse(String text) {
        for (FeedbackPolicy p : values()) {
            if (p.key.equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown feedback policy '" + text + "'; one of "
                + Arrays.stream(values()).map(FeedbackPolicy::key).collect(Collectors.joining(", ")));
    }
}
