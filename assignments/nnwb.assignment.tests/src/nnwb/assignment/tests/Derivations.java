package nnwb.assignment.tests;

import java.util.Locale;

/** Whether a number equals one revealed number, or the sum, difference, product or quotient of two. */
final class Derivations {

    private static final double REL = 1e-9;

    private Derivations() {
    }

    /** How {@code hidden} follows from {@code revealed}, e.g. {@code 3 * 4}; null when it does not. */
    static String find(double hidden, double[] revealed) {
        for (int i = 0; i < revealed.length; i++) {
            double a = revealed[i];
            if (same(hidden, a)) {
                return "the revealed " + text(a);
            }
            for (int j = 0; j < revealed.length; j++) {
                if (i == j) {
                    continue;
                }
                double b = revealed[j];
                if (same(hidden, a + b)) {
                    return text(a) + " + " + text(b);
                }
                if (same(hidden, a - b)) {
                    return text(a) + " - " + text(b);
                }
                if (same(hidden, a * b)) {
                    return text(a) + " * " + text(b);
                }
                if (b != 0 && same(hidden, a / b)) {
                    return text(a) + " / " + text(b);
                }
            }
        }
        return null;
    }

    private static boolean same(double x, double y) {
        return Math.abs(x - y) <= REL * Math.max(Math.abs(x), Math.abs(y));
    }

    private static String text(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
