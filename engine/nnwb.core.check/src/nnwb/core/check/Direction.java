package nnwb.core.check;

import java.math.BigInteger;

/**
 * The side of the key a wrong number lies on, in words ("too high", "too low"): part of the reason, which every
 * feedback policy shows, unlike the distance, which belongs to the key detail.
 */
final class Direction {

    private Direction() {
    }

    /** "too high" when {@code given > key}, else "too low". */
    static String of(double given, double key) {
        return given > key ? "too high" : "too low";
    }

    /** "too high" when {@code given > key}, else "too low". */
    static String of(BigInteger given, BigInteger key) {
        return given.compareTo(key) > 0 ? "too high" : "too low";
    }

    /** {@code reason} followed by the direction, e.g. "off by more than 1%, too low". */
    static String after(String reason, double given, double key) {
        return Double.isFinite(given) && Double.isFinite(key) && given != key ? reason + ", " + of(given, key) : reason;
    }
}
