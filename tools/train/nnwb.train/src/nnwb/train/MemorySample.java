package nnwb.train;

/**
 * Memory of the training process at one instant, by category, in bytes (-1 where not available).
 *
 * @param seconds        since the run started
 * @param heapBytes      JVM heap in use
 * @param offHeapBytes   ND4J host memory outside the heap: workspaces and arrays outside them, above the level
 *                       before the run (what the network, its gradients, optimizer state and activations take)
 * @param workspaceBytes ND4J workspaces (activations and their gradients), absolute
 * @param arrayBytes     ND4J arrays outside workspaces (parameters, gradients, optimizer state), absolute
 * @param deviceBytes    GPU memory in use on the first GPU as NVML reports it, or -1 without a GPU
 * @param deviceTotal    that GPU's memory, or -1
 */
public record MemorySample(double seconds, long heapBytes, long offHeapBytes, long workspaceBytes, long arrayBytes,
        long deviceBytes, long deviceTotal) {
}
