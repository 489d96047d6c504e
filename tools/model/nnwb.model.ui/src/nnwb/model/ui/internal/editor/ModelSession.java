package nnwb.model.ui.internal.editor;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;

/**
 * The live analysis of one open model: every edit or option change reschedules a short background job that
 * parses and analyses the text with the engine, then hands the report to listeners on the UI thread. The UI
 * thread never waits for the analysis; a newer edit cancels an older run.
 */
public final class ModelSession {

    /** Milliseconds between the last keystroke and the analysis. */
    static final long DELAY_MS = 60;

    /** Told about each new report, on the UI thread. */
    public interface Listener {
        void analysed(AnalysisReport report);

        /** The engine failed unexpectedly; the message says how. */
        default void failed(String message) {
        }
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Job job;
    private volatile String text = "";
    private volatile AnalysisOptions options = AnalysisOptions.defaults();
    private volatile AnalysisReport latest;

    public ModelSession(String name) {
        job = new Job("Analysing " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                analyse(monitor);
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
    }

    public void setText(String newText) {
        text = newText == null ? "" : newText;
        schedule();
    }

    public void setOptions(AnalysisOptions newOptions) {
        options = newOptions;
        schedule();
    }

    public AnalysisOptions options() {
        return options;
    }

    /** The newest report, or null before the first analysis. */
    public AnalysisReport latest() {
        return latest;
    }

    public void addListener(Listener l) {
        listeners.add(l);
        AnalysisReport r = latest;
        if (r != null) {
            l.analysed(r);
        }
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void schedule() {
        job.cancel();
        job.schedule(DELAY_MS);
    }

    /** Waits until the scheduled analysis has run (tests, and callers that need the result now). */
    public void join() throws InterruptedException {
        job.join();
    }

    private void analyse(IProgressMonitor monitor) {
        String t = text;
        AnalysisOptions o = options;
        AnalysisReport report;
        try {
            report = Analyzer.analyze(t, o);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String message = "The analysis failed: " + e;
            publish(() -> listeners.forEach(l -> l.failed(message)));
            return;
        }
        if (monitor.isCanceled() || !t.equals(text) || o != options) {
            return;
        }
        latest = report;
        publish(() -> listeners.forEach(l -> l.analysed(report)));
    }

    private static void publish(Runnable r) {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    public void dispose() {
        job.cancel();
        listeners.clear();
    }
}
