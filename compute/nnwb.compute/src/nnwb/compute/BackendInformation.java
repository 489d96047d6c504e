package nnwb.compute;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import nnwb.compute.memory.Subscription;

/**
 * The compute backend's state and versions: one role of the compute service. Never starts the
 * backend except through {@link #start()}.
 */
public interface BackendInformation {

    /** The current state of the backend; never blocks and never starts it. */
    ComputeStatus status();

    /** Starts the backend if it is not started yet; completes with READY or FAILED, never exceptionally. */
    CompletionStage<ComputeStatus> start();

    /** Calls {@code listener} with the current status and then at every change, on a service thread. */
    Subscription onStatus(Consumer<ComputeStatus> listener);

    /** Versions of the compute libraries and the configured backend, read without starting it. */
    Map<String, String> versions();
}
