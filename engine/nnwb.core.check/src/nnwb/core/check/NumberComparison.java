package nnwb.core.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Compares a student's quantity with a key in its unit under a {@link NumberRule}; shared by the number checkers. */
final class NumberComparison {

    private NumberComparison() {
    }

    static Verdict compare(Quantity q, BigDecimal key, Unit keyUnit, NumberRule rule) {
        Unit unit = q.unit();
        if (!q.unitGiven() && keyUnit.dimension() != Dimension.COUNT) {
            if (rule.unitRequired()) {
                return Verdict.ungradable("no unit: this answer is " + keyUnit.dimension().words() + ", e.g. '12"
                        + example(keyUnit) + "'");
            }
            unit = keyUnit;
        }
        if (unit.dimension() != keyUnit.dimension()) {
            return Verdict.wrong("wrong unit: " + (unit.symbol().isEmpty() ? "a plain count" : "'" + unit.symbol() + "' is "
                    + unit.dimension().words()) + ", but this answer is " + keyUnit.dimension().words(),
                    "expected " + Figures.format(key) + keyUnit.suffix());
        }
        double expected = key.doubleValue();
        java.util.Optional<Unit> twin = Units.sibling(unit).filter(t -> t.symbol().contains("i") && rule.bytes() != NumberRule.ByteUnits.SI);
        if (twin.isPresent() && rule.bytes() == NumberRule.ByteUnits.BINARY) {
            unit = twin.get();
        } else if (twin.isPresent() && !rule.tolerance().accepts(unit.convert(q.number().value(), keyUnit).doubleValue(), expected)
                && rule.tolerance().accepts(twin.get().convert(q.number().value(), keyUnit).doubleValue(), expected)) {
            Verdict v = compare(new Quantity(q.number(), twin.get(), true), key, keyUnit, rule.withBytes(NumberRule.ByteUnits.SI));
            return v.status() == Status.CORRECT ? Verdict.correct(v.reason() + "; your " + q.unit().symbol() + " read as "
                    + twin.get().symbol() + " (" + power(twin.get()) + " bytes), which the sheet's " + q.unit().symbol()
                    + " allows") : v;
        }
        double student = unit.convert(q.number().value(), keyUnit).doubleValue();
        boolean close = rule.tolerance().accepts(student, expected);
        String expectedText = "expected " + Figures.format(key) + keyUnit.suffix();
        if (rule.sigFigs() > 0) {
            return sigFigs(q, unit, key, keyUnit, rule, close, expectedText);
        }
        if (close) {
            return Verdict.correct("correct (" + rule.tolerance().describe() + ")");
        }
        return Verdict.wrong(Direction.after(rule.tolerance().missed(), student, expected),
                miss(q, unit, student, expected, keyUnit, rule, expectedText));
    }

    private static Verdict sigFigs(Quantity q, Unit unit, BigDecimal key, Unit keyUnit, NumberRule rule, boolean close,
            String expectedText) {
        int n = rule.sigFigs();
        BigDecimal inStudentUnit = keyUnit.convert(key, unit);
        BigDecimal given = q.number().value();
        boolean rounded = given.compareTo(inStudentUnit.round(new MathContext(n, RoundingMode.HALF_UP))) == 0
                || given.compareTo(inStudentUnit.round(new MathContext(n, RoundingMode.HALF_EVEN))) == 0;
        String asked = n + " significant figure" + (n == 1 ? "" : "s");
        String keyText = "expected " + Figures.format(inStudentUnit.round(new MathContext(n, RoundingMode.HALF_UP)))
                + unit.suffix();
        if (rounded && q.number().shows(n)) {
            return Verdict.correct("correct to " + asked);
        }
        double student = unit.convert(given, keyUnit).doubleValue();
        if (close || rounded || rule.tolerance().accepts(student, key.doubleValue())) {
            String why = !q.number().decimal() ? "close, but write it as a decimal number with " + asked
                    : q.number().shows(n) ? "close, but not correctly rounded to " + asked
                    : "close, but given to " + shown(q.number()) + " significant figures; " + n + " asked";
            return new Verdict(Status.forCredit(rule.sigFigCredit()), rule.sigFigCredit(), 1, why, keyText,
                    java.util.List.of());
        }
        return Verdict.wrong(Direction.after(rule.tolerance().missed(), student, key.doubleValue()), keyText);
    }

    private static String shown(NumberLiteral n) {
        return n.minSigFigs() == n.maxSigFigs() ? Integer.toString(n.minSigFigs()) : n.minSigFigs() + " to " + n.maxSigFigs();
    }

    private static String miss(Quantity q, Unit unit, double student, double expected, Unit keyUnit, NumberRule rule,
            String expectedText) {
        StringBuilder sb = new StringBuilder(expectedText);
        if (expected != 0) {
            double off = (student - expected) / Math.abs(expected);
            sb.append("; yours is ").append(Figures.percent(Math.abs(off))).append(off > 0 ? " too high" : " too low");
        }
        Units.sibling(unit).ifPresent(twin -> {
            double asTwin = twin.convert(q.number().value(), keyUnit).doubleValue();
            if (rule.tolerance().accepts(asTwin, expected)) {
                sb.append("; ").append(unit.symbol()).append(" is ").append(power(unit)).append(" bytes and ")
                        .append(twin.symbol()).append(" is ").append(power(twin)).append(" bytes: your number fits ")
                        .append(twin.symbol());
            }
        });
        return sb.toString();
    }

    private static String power(Unit u) {
        BigDecimal f = u.factor().stripTrailingZeros();
        int bits = f.toBigInteger().getLowestSetBit();
        return u.symbol().contains("i") ? "2^" + bits : "10^" + (-f.scale());
    }

    private static String example(Unit u) {
        return u.symbol().isEmpty() ? "" : " " + u.symbol();
    }
}
