package nnwb.filter.ui.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A job that runs only the latest request: while one computation runs, newer requests replace each other, and only
 * the last one runs next (a paint stroke sends dozens). Results are handed to the UI thread unless a newer request
 * is waiting or the control is gone; failures arrive as their message. Cancel in the progress view drops the queue.
 */
public final class LatestJob extends Job {

    /** One computation and where its result goes. */
    public interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    private record Task<T>(Work<T> work, Consumer<T> done, Consumer<String> failed) {
    }

    private final Control owner;
    private final AtomicReference<Task<?>> pending = new AtomicReference<>();
    private volatile int completed;

    LatestJob(String name, Control owner) {
        super(name);
        this.owner = owner;
        setSystem(false);
        setUser(false);
    }

    /** Queues {@code work}, replacing any request that has not started. */
    public <T> void submit(Work<T> work, Consumer<T> done, Consumer<String> failed) {
        pending.set(new Task<>(work, done, failed));
        schedule();
    }

    /** How many requests have delivered a result or a failure (for tests that wait). */
    public int completed() {
        return completed;
    }

    /** Whether a request is running or waiting. */
    public boolean busy() {
        return pending.get() != null || getState() != Job.NONE;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Task<?> task;
        while ((task = pending.getAndSet(null)) != null) {
            if (monitor.isCanceled()) {
                pending.set(null);
                return Status.CANCEL_STATUS;
            }
            runOne(task, monitor);
        }
        return Status.OK_STATUS;
    }

    private <T> void runOne(Task<T> task, IProgressMonitor monitor) {
        T result;
        String problem = null;
        try {
            result = task.work().run(monitor);
        } catch (OperationCanceledException e) {
            return;
        } catch (Exception | LinkageError e) {
            result = null;
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (pending.get() != null || owner.isDisposed()) {
            return;   // stale: a newer request follows
        }
        T r = result;
        String p = problem;
        owner.getDisplay().asyncExec(() -> {
            completed++;
            if (owner.isDisposed()) {
                return;
            }
            if (p != null) {
                task.failed().accept(p);
            } else {
                task.done().accept(r);
            }
        });
    }
}
