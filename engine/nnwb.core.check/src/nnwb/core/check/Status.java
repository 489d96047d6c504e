package nnwb.core.check;

import java.util.Locale;

/** The outcome class of a check, as a student reads it. */
public enum Status {
    /** Full credit. */
    CORRECT("correct"),
    /** Some credit: some cells right, or the right value in the wrong form. */
    PARTIAL("partially correct"),
    /** No credit. */
    WRONG("wrong"),
    /** The answer could not be read (not a number, too long, unknown unit...); no credit. */
    UNGRADABLE("ungradable input"),
    /** Kept for the instructor (free text); graded by hand. */
    COLLECTED("collected");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** Plain words, e.g. "partially correct". */
    public String label() {
        return label;
    }

    /** A stable machine key for JSON, e.g. {@code partially-correct}. */
    public String key() {
        return label.replace(' ', '-').toLowerCase(Locale.ROOT);
    }

    /** The status for a credit fraction in [0, 1]. */
    public static Status forCredit(double credit) {
        if (credit >= 1.0) {
            return CORRECT;
        }
        return credit > 0.0 ? PARTIAL : WRONG;
    }
}
