package nnwb.core.filter;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for explanations and matrix text: integers plainly, others to six significant digits. */
public final class Num {

    private Num() {
    }

    /** {@code 3} for 3.0, {@code -0.25} for -0.25, {@code 0.333333} for 1/3; negative zero shows as 0. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? d.toPlainString() : d.toString();
    }

    /** Exactly enough digits to read the same double back: integers plainly, others as {@link Double#toString}. */
    public static String exact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A value as a factor in a product: negative values in parentheses. */
    public static String factor(double v) {
        String s = format(v);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }
}
