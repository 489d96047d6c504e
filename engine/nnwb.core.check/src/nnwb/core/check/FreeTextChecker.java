package nnwb.core.check;

/** Free text, collected for the instructor and graded by hand; only its length is bounded. */
public record FreeTextChecker(int maxChars) implements Checker {

    public FreeTextChecker {
        if (maxChars < 1) {
            throw new IllegalArgumentException("free text needs a positive length bound");
        }
    }

    /** Free text up to the default text bound. */
    public static FreeTextChecker of() {
        return new FreeTextChecker(Limits.DEFAULT.maxTextChars());
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        if (!(answer instanceof Answer.Text t)) {
            return Verdict.ungradable("expected text, got " + answer.shape());
        }
        int limit = Math.min(maxChars, context.limits().maxTextChars());
        if (t.value().length() > limit) {
            return Verdict.ungradable("text is " + t.value().length() + " characters long; at most " + limit + " allowed");
        }
        if (t.value().isBlank()) {
            return Verdict.wrong("not answered", "");
        }
        return Verdict.collected("collected for the instructor; graded by hand");
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.TEXT;
    }

    @Override
    public String inputHint() {
        return "text, up to " + maxChars + " characters";
    }
}
