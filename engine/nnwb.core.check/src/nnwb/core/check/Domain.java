package nnwb.core.check;

/**
 * Where a symbol of a formula lives, so that equivalence is judged there only: all reals,
 * positive reals, integers in a range, or an open interval. {@code sqrt(x^2)} equals {@code x}
 * for positive {@code x}, and {@code log(a*b)} equals {@code log a + log b} for positive
 * {@code a}, {@code b}; sampling stays inside the domain, away from its ends.
 *
 * @param kind what kind of domain
 * @param lo   lower end (integers: first value; interval: open end)
 * @param hi   upper end (integers: last value; interval: open end)
 */
public record Domain(Kind kind, double lo, double hi) {

    /** The kinds of domain. */
    public enum Kind {
        /** Any real number; sampled in [-10, 10]. */
        REAL,
        /** x > 0; sampled log-uniformly in [0.05, 20]. */
        POSITIVE,
        /** Integers lo..hi inclusive. */
        INTEGER,
        /** The open interval (lo, hi). */
        INTERVAL
    }

    public Domain {
        if (kind == null || Double.isNaN(lo) || Double.isNaN(hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("a domain needs a kind and finite ends");
        }
        if (kind == Kind.INTEGER && (lo != Math.rint(lo) || hi != Math.rint(hi) || lo > hi || hi - lo > 1e9)) {
            throw new IllegalArgumentException("an integer domain needs whole ends lo <= hi, got " + lo + ".." + hi);
        }
        if (kind == Kind.INTERVAL && !(lo < hi)) {
            throw new IllegalArgumentException("an interval needs lo < hi, got (" + lo + ", " + hi + ")");
        }
    }

    /** Any real number. */
    public static Domain real() {
        return new Domain(Kind.REAL, -10, 10);
    }

    /** Positive reals. */
    public static Domain positive() {
        return new Domain(Kind.POSITIVE, 0.05, 20);
    }

    /** Integers {@code lo..hi}. */
    public static Domain integers(long lo, long hi) {
        return new Domain(Kind.INTEGER, lo, hi);
    }

    /** Positive integers (sampled in 1..30), e.g. sizes and counts. */
    public static Domain positiveIntegers() {
        return integers(1, 30);
    }

    /** The open interval (lo, hi). */
    public static Domain interval(double lo, double hi) {
        return new Domain(Kind.INTERVAL, lo, hi);
    }

    /** Plain words, e.g. "a positive number" or "an integer in 1..30". */
    public String describe() {
        return switch (kind) {
            case REAL -> "any real number";
            case POSITIVE -> "a positive number";
            case INTEGER -> "an integer in " + (long) lo + ".." + (long) hi;
            case INTERVAL -> "a number in (" + Figures.format(lo) + ", " + Figures.format(hi) + ")";
        };
    }

    /** The number of values when finite (integers), else -1. */
    long size() {
        return kind == Kind.INTEGER ? (long) (hi - lo) + 1 : -1;
    }
}
