package nnwb.train.internal.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C or SIGTERM during {@code nnwb train}: a shutdown hook asks the run to stop after its current step and
 * waits (at most {@link #GRACE_SECONDS}) until the run folder is written, so the run ends as "interrupted" with the
 * epochs it finished instead of losing them.
 */
final class RunInterrupt {

    /** Longest the shutdown waits for the run to stop and write its folder. */
    static final long GRACE_SECONDS = 120;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private RunInterrupt() {
        hook = new Thread(() -> {
            requested.set(true);
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nnwb-train-interrupt");
    }

    /** A hook registered with the runtime until {@link #done()}. */
    static RunInterrupt install() {
        RunInterrupt r = new RunInterrupt();
        Runtime.getRuntime().addShutdownHook(r.hook);
        return r;
    }

    /** Whether a signal asked the run to stop. */
    boolean requested() {
        return requested.get();
    }

    /** The run and its folder are done: a waiting shutdown goes on, and the hook is removed if the JVM still runs. */
    void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and returns now
        }
    }
}
