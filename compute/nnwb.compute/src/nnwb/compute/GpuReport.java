package nnwb.compute;

import java.util.List;

/**
 * GPUs as the NVIDIA driver reports them, independent of the backend.
 *
 * @param gpus  one entry per GPU with its memory now; empty when there is none
 * @param note  a plain sentence, e.g. "no GPU: the NVIDIA driver library libnvidia-ml.so.1 is not installed"
 */
public record GpuReport(List<DeviceInfo> gpus, String note) {

    public GpuReport {
        gpus = List.copyOf(gpus);
    }

    public boolean present() {
        return !gpus.isEmpty();
    }
}
