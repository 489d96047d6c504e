package nnwb.compute.memory;

import java.time.Instant;
import java.util.List;

import nnwb.compute.DeviceInfo;

/**
 * Memory at one instant. Byte counts; -1 where a figure is not available.
 *
 * @param time               when it was read
 * @param heapUsed           JVM heap in use
 * @param heapMax            the JVM's heap limit
 * @param processPhysical    resident memory of the whole process (JavaCPP's physical bytes)
 * @param nativeLimit        JavaCPP's limit on native allocations (maxbytes), -1 if unlimited
 * @param backendWorkspaces  ND4J workspace memory of the worker thread (activations, gradients)
 * @param backendArrays      ND4J arrays outside workspaces (parameters, updater state), 0 before start
 * @param gpus               GPU memory as NVML reports it, empty without a GPU
 */
public record MemorySnapshot(Instant time, long heapUsed, long heapMax, long processPhysical, long nativeLimit,
        long backendWorkspaces, long backendArrays, List<DeviceInfo> gpus) {

    public MemorySnapshot {
        gpus = List.copyOf(gpus);
    }
}
