package nnwb.train;

import nnwb.compute.BackendInfo;
import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.DeviceInfo;
import nnwb.compute.memory.MemorySnapshot;

/**
 * How much memory a run may take on the device it trains on: a CUDA backend's GPU memory, else the native memory
 * limit the backend was started with ({@code org.bytedeco.javacpp.maxbytes}; 4 GB in the product), else the
 * host's RAM. The engine's prediction is compared with this before a run starts.
 *
 * @param bytes  the budget
 * @param source where it comes from, in words
 */
public record MemoryBudget(long bytes, String source) {

    /** Whether a prediction of {@code predicted} bytes fits. */
    public boolean fits(long predicted) {
        return predicted <= bytes;
    }

    /** The budget of the running service (it is started if need be). */
    public static MemoryBudget of(ComputeService s) {
        ComputeStatus st = s.start().toCompletableFuture().join();
        BackendInfo b = st.isReady() ? st.backend() : null;
        if (b != null && b.device().kind() == DeviceInfo.DeviceKind.GPU && b.device().totalBytes() > 0) {
            return new MemoryBudget(b.device().totalBytes(), "GPU memory of " + b.device().name());
        }
        MemorySnapshot m = s.memory();
        if (m.nativeLimit() > 0) {
            return new MemoryBudget(m.nativeLimit(), "the backend's native memory limit (org.bytedeco.javacpp.maxbytes)");
        }
        if (b != null && b.device().totalBytes() > 0) {
            return new MemoryBudget(b.device().totalBytes(), "host memory");
        }
        return new MemoryBudget(Long.MAX_VALUE, "no limit known");
    }

    /** Parses a size such as {@code 512m}, {@code 2g}, {@code 300k} or plain bytes. */
    public static long parseBytes(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        long mult = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> mult = 1L << 10;
            case 'm' -> mult = 1L << 20;
            case 'g' -> mult = 1L << 30;
            default -> mult = 1;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v > 0) || v * mult > Long.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (long) (v * mult);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a size like 512m, 2g or 1048576 expected, got '" + s + "'");
        }
    }
}
