package nnwb.compute.memory;

/** A registration for events; close it to stop them. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Stops the events; idempotent. */
    @Override
    void close();
}
