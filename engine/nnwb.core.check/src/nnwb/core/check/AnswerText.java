package nnwb.core.check;

/** Reads the text of an answer for the checkers, and answers missing or refused input uniformly. */
final class AnswerText {

    private AnswerText() {
    }

    /** The verdict for an answer no checker needs to see (missing or refused by the reader); null otherwise. */
    static Verdict refusal(Answer a) {
        if (a instanceof Answer.Missing m) {
            return Verdict.wrong("not answered", "");
        } else if (a instanceof Answer.Invalid v) {
            return Verdict.ungradable(v.reason());
        } else {
            return null;
        }
    }

    /** The text of {@code a}; throws a one-line reason when it has another shape. */
    static String of(Answer a, String expected) {
        if (a instanceof Answer.Text t) {
            return t.value();
        }
        throw new IllegalArgumentException("expected " + expected + ", got " + a.shape());
    }
}
