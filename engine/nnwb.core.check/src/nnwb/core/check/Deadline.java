package nnwb.core.check;

import java.time.Duration;

/**
 * A point in time after which a check gives up. Checked inside loops (no thread per check):
 * {@link #check()} throws {@link CheckTimeoutException}, which the grader turns into a verdict.
 */
public final class Deadline {

    /** A deadline that never passes, for constructing checkers and for tests. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long endNanos;
    private final Duration allowed;

    private Deadline(long endNanos, Duration allowed) {
        this.endNanos = endNanos;
        this.allowed = allowed;
    }

    /** A deadline {@code time} from now. */
    public static Deadline after(Duration time) {
        long now = System.nanoTime();
        return new Deadline(now + time.toNanos(), time);
    }

    /** Whether the time is up. */
    public boolean expired() {
        return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0;
    }

    /** The time left (zero once expired; very long for {@link #NONE}). */
    public Duration remaining() {
        if (endNanos == Long.MAX_VALUE) {
            return Duration.ofDays(365);
        }
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** Throws {@link CheckTimeoutException} when the time is up. */
    public void check() {
        if (expired()) {
            throw new CheckTimeoutException("checking took longer than " + allowed.toMillis() + " ms; simplify the answer");
        }
    }
}
