package nnwb.core.check;

/**
 * How close a number must be to its key: within {@code relative·|key|} or within
 * {@code absolute}, whichever is larger (a relative floor of 10^-12 absorbs rounding noise).
 */
public record Tolerance(double relative, double absolute) {

    /** Equal up to rounding noise. */
    public static final Tolerance EXACT = new Tolerance(0, 0);

    private static final double NOISE = 1e-12;

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0) || Double.isInfinite(relative) || Double.isInfinite(absolute)) {
            throw new IllegalArgumentException("tolerances must be finite and >= 0");
        }
    }

    /** Within {@code fraction} of the key, e.g. 0.01 for 1%. */
    public static Tolerance relative(double fraction) {
        return new Tolerance(fraction, 0);
    }

    /** Within {@code amount} of the key. */
    public static Tolerance absolute(double amount) {
        return new Tolerance(0, amount);
    }

    /** Whether {@code actual} is close enough to {@code expected}. */
    public boolean accepts(double actual, double expected) {
        if (Double.isNaN(actual) || Double.isNaN(expected) || Double.isInfinite(actual) || Double.isInfinite(expected)) {
            return false;
        }
        double diff = Math.abs(actual - expected);
        return diff <= Math.max(absolute, Math.max(relative, NOISE) * Math.abs(expected));
    }

    /** Plain words, e.g. "within 1%" or "within 1% or 0.001". */
    public String describe() {
        if (relative == 0 && absolute == 0) {
            return "exactly";
        }
        String rel = relative > 0 ? Figures.percent(relative) : "";
        String abs = absolute > 0 ? Figures.format(absolute) : "";
        return "within " + (rel.isEmpty() ? abs : abs.isEmpty() ? rel : rel + " or " + abs);
    }

    /** The reason for a miss that does not narrow the key, e.g. "off by more than 1%". */
    public String missed() {
        if (relative == 0 && absolute == 0) {
            return "not equal to the expected value";
        }
        return "off by more than " + describe().substring("within ".length());
    }
}
