package nnwb.train.ui.internal;

import nnwb.compute.ComputeException;
import nnwb.train.RunProblem;

/** One clear line for whatever ended a run, so the view can say it and the workbench goes on. */
public final class Failures {

    private Failures() {
    }

    static String describe(String run, Throwable t) {
        if (t instanceof RunProblem) {
            return run + " cannot start: " + t.getMessage();
        }
        if (t instanceof ComputeException) {
            return run + " failed: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return run + " failed: out of memory (" + t.getMessage() + "); try a smaller batch";
        }
        if (t instanceof LinkageError) {
            return run + " failed in native code: " + t;
        }
        return run + " failed: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
