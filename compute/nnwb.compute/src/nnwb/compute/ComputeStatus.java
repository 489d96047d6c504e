package nnwb.compute;

import java.util.Objects;

/**
 * Where the backend stands.
 *
 * @param state   the phase
 * @param reason  why it failed (FAILED), what it is doing (STARTING) or a note; never null
 * @param backend the backend once READY, else null
 */
public record ComputeStatus(State state, String reason, BackendInfo backend) {

    /** Phases of the backend's life. */
    public enum State {
        /** Nothing loaded yet. */
        NOT_STARTED,
        /** Loading natives on the worker thread. */
        STARTING,
        /** Operations run. */
        READY,
        /** It could not start; {@code reason} says why. Final for this process. */
        FAILED
    }

    public ComputeStatus {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
        if (state == State.READY) {
            Objects.requireNonNull(backend, "backend of a READY status");
        }
    }

    public static ComputeStatus notStarted() {
        return new ComputeStatus(State.NOT_STARTED, "not started", null);
    }

    public static ComputeStatus starting(String what) {
        return new ComputeStatus(State.STARTING, what, null);
    }

    public static ComputeStatus ready(BackendInfo backend) {
        return new ComputeStatus(State.READY, "", backend);
    }

    public static ComputeStatus failed(String reason) {
        return new ComputeStatus(State.FAILED, reason, null);
    }

    public boolean isReady() {
        return state == State.READY;
    }
}
