package nnwb.compute.dl4j.memory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;

/**
 * Delivers memory readings to subscribers on one daemon thread, each at its own period. A
 * listener that throws is unsubscribed rather than stopping the others.
 */
public final class MemorySampler implements AutoCloseable {

    private final MemoryReader reader;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nnwb-compute-memory");
        t.setDaemon(true);
        return t;
    });

    public MemorySampler(MemoryReader reader) {
        this.reader = reader;
    }

    public Subscription subscribe(Duration period, Consumer<MemorySnapshot> listener) {
        long ms = Math.max(10, period.toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicReference<ScheduledFuture<?>> handle = new AtomicReference<>();
        Runnable cancel = () -> {
            open.set(false);
            ScheduledFuture<?> f = handle.get();
            if (f != null) {
                f.cancel(false);
            }
        };
        handle.set(timer.scheduleAtFixedRate(() -> {
            if (!open.get()) {
                cancel.run();
                return;
            }
            try {
                listener.accept(reader.read());
            } catch (RuntimeException e) {
                cancel.run();
            }
        }, 0, ms, TimeUnit.MILLISECONDS));
        return cancel::run;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
