package nnwb.compute.dl4j.memory;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few NVML functions the memory monitor needs, bound through JNA to the driver's
 * {@code libnvidia-ml.so.1}. JavaCPP's NVML preset ({@code org.bytedeco:cuda}) was not used: its
 * JNI library links {@code libcudart.so.11.0}, which only the 1.8 GB CUDA redistributable or a
 * CUDA toolkit provides, while NVML itself comes with every driver.
 */
public interface NvmlLibrary extends Library {

    int SUCCESS = 0;

    int nvmlInit_v2();

    int nvmlShutdown();

    int nvmlDeviceGetCount_v2(IntByReference count);

    int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device);

    int nvmlDeviceGetName(Pointer device, byte[] name, int length);

    /** Fills {total, free, used} in bytes (nvmlMemory_t). */
    int nvmlDeviceGetMemoryInfo(Pointer device, long[] memory);

    int nvmlDeviceGetCudaComputeCapability(Pointer device, IntByReference major, IntByReference minor);

    String nvmlErrorString(int result);
}
