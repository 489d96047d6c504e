package nnwb.core.check;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact whole number, e.g. a parameter count. Accepts {@code 1,234,567}, {@code 1_234},
 * {@code 1.234e3}, {@code 2^10}, count scales ({@code 1.5M}) when they are exact, and whole-number
 * calculations as the coursework writes counts ({@code 3×3×10×10 + 10}).
 */
public record IntegerChecker(BigInteger key) implements Checker {

    public IntegerChecker {
        if (key == null) {
            throw new IllegalArgumentException("an integer checker needs a key");
        }
    }

    /** The checker for {@code key}. */
    public static IntegerChecker of(long key) {
        return new IntegerChecker(BigInteger.valueOf(key));
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        try {
            String text = AnswerText.of(answer, "a whole number");
            if (IntegerArithmetic.applies(text)) {
                return compare(IntegerArithmetic.evaluate(text, context.limits().maxNumberChars()));
            }
            Quantity q = Quantity.parse(text, context.limits().maxNumberChars(), Dimension.COUNT);
            if (q.unit().dimension() != Dimension.COUNT) {
                return Verdict.wrong("wrong unit: '" + q.unit().symbol() + "' is " + q.unit().dimension().words()
                        + ", but this answer is a count", "");
            }
            BigDecimal v = q.unit().convert(q.number().value(), Units.COUNT).stripTrailingZeros();
            if (v.scale() > 0) {
                return Verdict.wrong("not a whole number: " + Echo.quote(text), "expected " + key);
            }
            return compare(v.toBigIntegerExact());
        } catch (IllegalArgumentException e) {
            return Verdict.ungradable(e.getMessage());
        }
    }

    private Verdict compare(BigInteger given) {
        if (given.equals(key)) {
            return Verdict.correct("correct");
        }
        return Verdict.wrong("not the expected number, " + Direction.of(given, key), "expected " + key + "; yours is off by "
                + given.subtract(key).abs());
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.INTEGER;
    }

    @Override
    public String inputHint() {
        return "a whole number";
    }
}
