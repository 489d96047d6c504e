package nnwb.compute.dl4j.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.memory.AllocationsTracker;
import org.nd4j.linalg.api.memory.enums.AllocationKind;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.GpuReport;
import nnwb.compute.memory.MemorySnapshot;

/**
 * Reads one {@link MemorySnapshot}. Heap from the JVM, process memory from /proc (the figure
 * JavaCPP calls physical bytes), ND4J workspaces and arrays from ND4J's allocation counters once
 * the backend is up (0 before, so reading never starts it), GPUs from NVML.
 */
public final class MemoryReader {

    private static final long PAGE = 4096;

    private final BooleanSupplier backendReady;
    private final Supplier<GpuReport> gpus;

    public MemoryReader(BooleanSupplier backendReady, Supplier<GpuReport> gpus) {
        this.backendReady = backendReady;
        this.gpus = gpus;
    }

    public MemorySnapshot read() {
        Runtime rt = Runtime.getRuntime();
        long heapUsed = rt.totalMemory() - rt.freeMemory();
        long workspaces = 0;
        long arrays = 0;
        long limit = -1;
        if (backendReady.getAsBoolean()) {
            workspaces = AllocationsTracker.getInstance().bytesOnDevice(AllocationKind.WORKSPACE, 0);
            arrays = Nd4j.getEnvironment().getDeviceCouner(0);
            limit = Pointer.maxBytes();
        }
        return new MemorySnapshot(Instant.now(), heapUsed, rt.maxMemory(), residentBytes(), limit, workspaces, arrays,
                gpus.get().gpus());
    }

    /** ND4J workspace memory of every thread (activations and their gradients while training); backend started. */
    public static long workspaceBytes() {
        return AllocationsTracker.getInstance().bytesOnDevice(AllocationKind.WORKSPACE, 0);
    }

    /** ND4J arrays outside workspaces (parameters, gradient views, updater state); backend started. */
    public static long arrayBytes() {
        return Nd4j.getEnvironment().getDeviceCouner(0);
    }

    /** Resident set size of this process from /proc/self/statm, or -1. */
    static long residentBytes() {
        try {
            String[] f = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
            return Long.parseLong(f[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
