package nnwb.compute;

import java.time.Duration;
import java.util.function.Consumer;

import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;

/** Memory readings of the process and of any NVIDIA GPU: one role of the compute service. */
public interface MemoryReadings {

    /** GPUs seen through the driver's management library, independent of the backend in use. */
    GpuReport gpus();

    /** A memory reading now. Works before the backend starts (native figures are then zero). */
    MemorySnapshot memory();

    /** Calls {@code listener} with a reading every {@code period}, on a sampler thread, until closed. */
    Subscription onMemory(Duration period, Consumer<MemorySnapshot> listener);
}
