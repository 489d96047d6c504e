package nnwb.core.check;

/** Test shorthand: check one text answer with default limits. */
final class Checks {

    private Checks() {
    }

    static Verdict check(Checker c, String answer) {
        return c.check(Answer.text(answer), CheckContext.standalone());
    }

    static Verdict check(Checker c, Answer answer) {
        return c.check(answer, CheckContext.standalone());
    }
}
