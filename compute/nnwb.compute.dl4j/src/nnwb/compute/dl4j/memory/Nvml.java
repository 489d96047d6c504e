package nnwb.compute.dl4j.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import nnwb.compute.DeviceInfo;
import nnwb.compute.GpuReport;

/**
 * GPU memory through NVML. Loads the driver library once; without a driver (or without a GPU)
 * every reading is an empty report whose note says so plainly.
 */
public final class Nvml {

    private final NvmlLibrary lib;
    private final String note;

    private Nvml(NvmlLibrary lib, String note) {
        this.lib = lib;
        this.note = note;
    }

    /** Binds the driver library if present; never throws. */
    public static Nvml open() {
        String[] names = {"nvidia-ml", "libnvidia-ml.so.1"};
        Throwable last = null;
        for (String name : names) {
            try {
                NvmlLibrary lib = Native.loadLibrary(name, NvmlLibrary.class);
                int rc = lib.nvmlInit_v2();
                if (rc != NvmlLibrary.SUCCESS) {
                    return new Nvml(null, "no GPU: NVML did not initialise (" + lib.nvmlErrorString(rc) + ")");
                }
                return new Nvml(lib, "");
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                last = e;
            }
        }
        return new Nvml(null, "no GPU: the NVIDIA driver library libnvidia-ml.so.1 is not installed"
                + (last instanceof UnsatisfiedLinkError ? "" : " (" + last + ")"));
    }

    /** The GPUs and their memory now. */
    public synchronized GpuReport read() {
        if (lib == null) {
            return new GpuReport(List.of(), note);
        }
        IntByReference count = new IntByReference();
        int rc = lib.nvmlDeviceGetCount_v2(count);
        if (rc != NvmlLibrary.SUCCESS) {
            return new GpuReport(List.of(), "no GPU: " + lib.nvmlErrorString(rc));
        }
        List<DeviceInfo> gpus = new ArrayList<>();
        for (int i = 0; i < count.getValue(); i++) {
            PointerByReference ref = new PointerByReference();
            if (lib.nvmlDeviceGetHandleByIndex_v2(i, ref) != NvmlLibrary.SUCCESS) {
                continue;
            }
            Pointer dev = ref.getValue();
            byte[] name = new byte[96];
            lib.nvmlDeviceGetName(dev, name, name.length);
            long[] mem = new long[3];
            boolean ok = lib.nvmlDeviceGetMemoryInfo(dev, mem) == NvmlLibrary.SUCCESS;
            gpus.add(new DeviceInfo(cString(name), DeviceInfo.DeviceKind.GPU, ok ? mem[0] : -1, ok ? mem[1] : -1, 0));
        }
        return new GpuReport(gpus, gpus.isEmpty() ? "no GPU: the NVIDIA driver reports none" : gpus.size() + " GPU(s)");
    }

    /** The CUDA compute capability (major * 10 + minor) of each GPU, in {@link #read()}'s order. */
    public synchronized List<Integer> capabilities() {
        List<Integer> caps = new ArrayList<>();
        if (lib == null) {
            return caps;
        }
        IntByReference count = new IntByReference();
        if (lib.nvmlDeviceGetCount_v2(count) != NvmlLibrary.SUCCESS) {
            return caps;
        }
        for (int i = 0; i < count.getValue(); i++) {
            PointerByReference ref = new PointerByReference();
            IntByReference major = new IntByReference();
            IntByReference minor = new IntByReference();
            if (lib.nvmlDeviceGetHandleByIndex_v2(i, ref) == NvmlLibrary.SUCCESS
                    && lib.nvmlDeviceGetCudaComputeCapability(ref.getValue(), major, minor) == NvmlLibrary.SUCCESS) {
                caps.add(major.getValue() * 10 + minor.getValue());
            }
        }
        return caps;
    }

    /** Releases NVML. */
    public synchronized void close() {
        if (lib != null) {
            lib.nvmlShutdown();
        }
    }

    private static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
