package nnwb.core.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats numbers for reasons: integers up to 15 digits exactly, others to six significant figures, plain where short, else {@code 1.5e-7}. */
public final class Figures {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private Figures() {
    }

    /** {@code x}: exactly when a whole number of up to 15 digits, else with up to six significant figures. */
    public static String format(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.isNaN(x) ? "undefined" : x > 0 ? "∞" : "−∞";
        }
        return format(new BigDecimal(x));
    }

    /** {@code x}: exactly when a whole number of up to 15 digits, else with up to six significant figures. */
    public static String format(BigDecimal x) {
        BigDecimal exact = x.stripTrailingZeros();
        if (exact.scale() <= 0 && exact.precision() - exact.scale() <= 15) {
            return exact.toPlainString();
        }
        BigDecimal r = x.round(SIX).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        int magnitude = r.precision() - r.scale() - 1;
        if (magnitude >= -6 && magnitude < 15) {
            return r.toPlainString();
        }
        String digits = r.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (r.signum() < 0 ? "-" : "") + mantissa + "e" + magnitude;
    }

    /** A fraction as a percentage, e.g. {@code 0.015} as {@code 1.5%}. */
    public static String percent(double fraction) {
        return format(fraction * 100) + "%";
    }
}
