package nnwb.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way numbers are written for people (issue 24 item 9): integers below 1e15 plainly, values between 1e-4 and 1e6 plainly
 * to six significant digits ({@code 0.333333}), anything smaller or larger in scientific notation to four
 * significant digits, either for reading ({@link #format}: {@code 9.797×10⁻¹⁶}) or where the text must parse back
 * as a Java double, as in an editable field or a command's output ({@link #compact}: {@code 9.797e-16}). Never
 * {@code 9.79717E-16} or {@code 1.0E-4}.
 */
public final class Numbers {

    /** Significant digits of a plain number. */
    public static final int PLAIN_DIGITS = 6;
    /** Significant digits of the mantissa in scientific notation. */
    public static final int SCIENTIFIC_DIGITS = 4;

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {
    }

    /** {@code v} for reading: {@code 3}, {@code -0.25}, {@code 0.333333}, {@code 9.797×10⁻¹⁶}, {@code 2.5×10¹⁸}. */
    public static String format(double v) {
        return write(v, true);
    }

    /** {@code v} as {@link #format} but with an {@code e} exponent that parses back: {@code 9.797e-16}, {@code 1e-5}. */
    public static String compact(double v) {
        return write(v, false);
    }

    /**
     * {@code v} for an editable field: every digit {@link Double#toString} needs to read the same double back, but
     * written as {@link #compact} writes it ({@code 0.0001}, {@code 1e-5}, {@code 3}) instead of {@code 1.0E-4}.
     */
    public static String editable(double v) {
        if (!Double.isFinite(v) || v == 0 || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return write(v, false);
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return d.toPlainString();
        }
        return scientific(d, false);
    }

    private static String write(double v, boolean superscript) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return superscript ? (v > 0 ? "∞" : "-∞") : (v > 0 ? "Infinity" : "-Infinity");
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return Long.toString((long) v);
        }
        if (a >= 1e-4 && a < 1e6) {
            BigDecimal d = new BigDecimal(v).round(new MathContext(PLAIN_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            if (d.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
                return d.toPlainString();
            }
        }
        return scientific(new BigDecimal(v).round(new MathContext(SCIENTIFIC_DIGITS, RoundingMode.HALF_EVEN)), superscript);
    }

    private static String scientific(BigDecimal d, boolean superscript) {
        int exponent = d.precision() - d.scale() - 1;
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        String m = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
        return superscript ? m + "×10" + superscript(exponent) : m + "e" + exponent;
    }

    private static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
