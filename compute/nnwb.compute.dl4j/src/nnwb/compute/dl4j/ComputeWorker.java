package nnwb.compute.dl4j;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nnwb.compute.ComputeException;

/**
 * The one thread every ND4J call of the service runs on: ND4J's workspaces are per thread, and
 * its backend must be first touched with the right class loader. Calls from the worker itself
 * run directly, so operations may nest.
 */
public final class ComputeWorker implements AutoCloseable {

    private final ExecutorService executor;
    private volatile Thread thread;

    public ComputeWorker(String name) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code task} on the worker and waits for it; its exceptions come back as they were. */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            try {
                return task.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new ComputeException(e.getMessage(), e);
            }
        }
        Future<T> f = executor.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ComputeException("interrupted while waiting for the compute worker", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new ComputeException(String.valueOf(c.getMessage()), c);
        }
    }

    /** Queues {@code task} on the worker without waiting. */
    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    public boolean isWorkerThread() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
