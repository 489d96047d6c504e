package nnwb.core.check;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A number whose key is computed from the student's own work rather than fixed, e.g. the
 * parameter count of the model they wrote in another part, or their run's accuracy. When the
 * work does not allow the computation, the verdict says why (ungradable input).
 *
 * @param what  plain words for the key, e.g. "the parameter count of your model"
 * @param truth computes the key from the work within the check's deadline; throws {@link IllegalArgumentException}
 *              with a reason when it cannot
 * @param unit  the key's unit
 * @param rule  tolerance and form
 */
public record DerivedChecker(String what, Key truth, Unit unit, NumberRule rule) implements Checker {

    public DerivedChecker {
        if (what == null || truth == null || unit == null || rule == null) {
            throw new IllegalArgumentException("a derived checker needs a description, a function, a unit and a rule");
        }
    }

    /** A checker whose key is quick to compute from the work (no deadline needed). */
    public DerivedChecker(String what, Function<StudentWork, BigDecimal> truth, Unit unit, NumberRule rule) {
        this(what, truth == null ? null : (w, d) -> truth.apply(w), unit, rule);
    }

    /**
     * How a key is computed from a student's work: under the check's {@link Deadline}, which long computations
     * (analysing the student's model) must honour; throws {@link IllegalArgumentException} with a reason.
     */
    @FunctionalInterface
    public interface Key {

        /** The key for {@code work}, or an {@link IllegalArgumentException} saying why there is none. */
        BigDecimal compute(StudentWork work, Deadline deadline);
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        BigDecimal key;
        try {
            key = truth.compute(context.work(), context.deadline());
            context.deadline().check();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Verdict.ungradable("cannot compute " + what + " from your work: " + e.getMessage());
        }
        if (key == null) {
            return Verdict.ungradable("cannot compute " + what + " from your work");
        }
        Verdict v = new RealChecker(key, unit, rule).check(answer, context);
        return new Verdict(v.status(), v.awarded(), v.possible(), v.reason(),
                v.keyDetail().isEmpty() ? "" : v.keyDetail() + " (" + what + ")", v.cells());
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.REAL;
    }

    @Override
    public String inputHint() {
        return "a number computed from your own work (" + what + ")";
    }
}
