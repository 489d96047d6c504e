package nnwb.train.ui.internal;

import org.eclipse.core.runtime.IStatus;

/** The status line's words for a training or sweep job that has ended (so "cancelling …" never outlives the job). */
final class JobEnd {

    private JobEnd() {
    }

    static String describe(String job, IStatus result) {
        if (result == null || result.getSeverity() == IStatus.CANCEL) {
            return "cancelled: " + job;
        }
        if (result.getSeverity() == IStatus.ERROR) {
            return "failed: " + job + (result.getMessage() == null || result.getMessage().isBlank() ? "" : ": " + result.getMessage());
        }
        return "finished: " + job;
    }
}
