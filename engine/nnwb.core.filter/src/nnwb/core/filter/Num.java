package nnwb.core.filter;

import nnwb.core.Numbers;

/**
 * Number formatting for explanations and matrix text: integers plainly, others to six significant digits, very small
 * or large values as {@code 9.797e-16} (the kernel's {@link Numbers#compact}, so command output still parses).
 */
public final class Num {

    private Num() {
    }

    /** {@code 3} for 3.0, {@code -0.25} for -0.25, {@code 0.333333} for 1/3; negative zero shows as 0. */
    public static String format(double v) {
        return Numbers.compact(v);
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
