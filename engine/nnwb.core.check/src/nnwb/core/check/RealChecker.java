package nnwb.core.check;

import java.math.BigDecimal;

/**
 * A real number, possibly with a unit, against a key: converted to the key's unit before
 * comparing, within a tolerance, optionally to a number of significant figures. A unit of
 * another dimension is named in the reason; a decimal/binary mix-up (MB for MiB) is named in
 * the key detail, since naming it would reveal a hidden key.
 *
 * @param key  the expected value in {@code unit}
 * @param unit the key's unit ({@link Units#COUNT} for a plain number)
 * @param rule tolerance, significant figures, whether the unit must be written
 */
public record RealChecker(BigDecimal key, Unit unit, NumberRule rule) implements Checker {

    public RealChecker {
        if (key == null || unit == null || rule == null) {
            throw new IllegalArgumentException("a real checker needs a key, a unit and a rule");
        }
    }

    /** A plain number within {@code tolerance}. */
    public static RealChecker of(double key, Tolerance tolerance) {
        return new RealChecker(finite(key), Units.COUNT, NumberRule.of(tolerance));
    }

    /** A quantity in the unit with symbol {@code unit} (e.g. "MiB") within {@code tolerance}. */
    public static RealChecker of(double key, String unit, Tolerance tolerance) {
        return new RealChecker(finite(key), Units.of(unit), NumberRule.of(tolerance));
    }

    static BigDecimal finite(double key) {
        if (Double.isNaN(key) || Double.isInfinite(key)) {
            throw new IllegalArgumentException("a key must be a finite number, got " + key);
        }
        return new BigDecimal(key);
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict refused = AnswerText.refusal(answer);
        if (refused != null) {
            return refused;
        }
        try {
            String text = AnswerText.of(answer, "a number");
            Quantity q;
            try {
                q = Quantity.parse(text, context.limits().maxNumberChars(), unit.dimension());
            } catch (IllegalArgumentException notAQuantity) {
                q = constant(text, context.limits()).orElseThrow(() -> notAQuantity);
            }
            return NumberComparison.compare(q, key, unit, rule);
        } catch (IllegalArgumentException e) {
            return Verdict.ungradable(e.getMessage());
        }
    }

    /**
     * An exact expression of numbers without a unit, such as {@code 2/(3*sqrt(5))} or {@code (1 - 0.9^3)/0.1}, read by the
     * formula parser with no symbols; empty when it is not one (the quantity's reason stands). It has no significant
     * figures.
     */
    static java.util.Optional<Quantity> constant(String text, Limits limits) {
        double v;
        try {
            v = Formula.parse(text, java.util.List.of(), limits).evaluate();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(Echo.quote(text) + " has no finite real value");
        }
        return java.util.Optional.of(new Quantity(new NumberLiteral(new BigDecimal(v), 1, 34, false), Units.COUNT, false));
    }

    @Override
    public AnswerKind kind() {
        return AnswerKind.REAL;
    }

    @Override
    public String inputHint() {
        String u = unit.dimension() == Dimension.COUNT ? "a number" : unit.dimension().words() + " with its unit, e.g. 12"
                + unit.suffix();
        return rule.sigFigs() > 0 ? u + ", to " + rule.sigFigs() + " significant figures" : u;
    }
}
