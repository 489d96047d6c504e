package nnwb.compute;

/**
 * A device: the CPU the backend runs on or a GPU seen by the driver.
 *
 * @param name        e.g. the CPU model or "NVIDIA H100 80GB HBM3"
 * @param kind        CPU or GPU
 * @param totalBytes  memory of the device (host RAM for the CPU), or -1 when unknown
 * @param freeBytes   memory free now, or -1 when unknown
 * @param threads     compute threads the backend uses on it (0 for a GPU seen only by NVML)
 */
public record DeviceInfo(String name, DeviceKind kind, long totalBytes, long freeBytes, int threads) {

    /** Kinds of device. */
    public enum DeviceKind {
        CPU, GPU
    }
}
