package nnwb.core.filter.signal;

import java.util.Arrays;

/**
 * A finite 1D signal: {@code values[i]} is the sample at index {@code origin + i}; every other index is 0.
 * The origin may be negative (a signal that starts before 0) or positive (a delayed signal).
 */
public final class Signal {

    /** The largest number of samples. */
    public static final int MAX_LENGTH = 1_000_000;

    private final int origin;
    private final double[] values;

    private Signal(int origin, double[] values) {
        if (values.length < 1 || values.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a signal needs 1.." + MAX_LENGTH + " samples, got " + values.length);
        }
        if (Math.abs((long) origin) > MAX_LENGTH * 100L) {
            throw new IllegalArgumentException("signal start " + origin + " is too far from 0");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("signal sample at index " + (origin + i) + " is not a finite number");
            }
        }
        this.origin = origin;
        this.values = values;
    }

    /** The samples {@code values} starting at index {@code origin}. */
    public static Signal of(int origin, double... values) {
        return new Signal(origin, values.clone());
    }

    /** The index of the first stored sample. */
    public int first() {
        return origin;
    }

    /** The index of the last stored sample. */
    public int last() {
        return origin + values.length - 1;
    }

    /** The number of stored samples. */
    public int length() {
        return values.length;
    }

    /** The sample at index {@code n}: 0 outside the stored range. */
    public double at(long n) {
        long i = n - origin;
        return i >= 0 && i < values.length ? values[(int) i] : 0;
    }

    /** A copy of the stored samples. */
    public double[] values() {
        return values.clone();
    }

    /** The signal delayed by {@code n} samples: {@code x2[k] = x[k - n]}. */
    public Signal shifted(int n) {
        long start = (long) origin + n;
        if (Math.abs(start) > MAX_LENGTH * 100L) {
            throw new IllegalArgumentException("shifting by " + n + " moves the signal start to " + start + ", too far from 0");
        }
        return new Signal((int) start, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal s && s.origin == origin && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * origin + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signal[from " + origin + ": " + Arrays.toString(values) + "]";
    }
}
