package nnwb.compute.dl4j;

import java.util.List;

import nnwb.compute.DeviceInfo;

/**
 * Which ND4J backend to start, from the requested one ({@code nnwb.compute.backend}), whether
 * the CUDA backend is installed (feature nnwb.compute.cuda.feature) and the GPUs the driver
 * reports. ND4J's published CUDA build has kernels for compute capability 3.7 to 8.6 only, so
 * newer GPUs (Ada 8.9, Hopper 9.0) run on the CPU, with the reason in {@link #note()}.
 *
 * @param cuda whether to start the CUDA backend
 * @param note why, in a sentence (empty when the CPU was asked for and used)
 */
record BackendChoice(boolean cuda, String note) {

    /** The CPU backend class named in nd4j-native's service file. */
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    /** The CUDA backend class, present only with the CUDA feature. */
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    /** Highest compute capability (major * 10 + minor) ND4J 1.0.0-M2.1's CUDA kernels are built for. */
    static final int MAX_CAPABILITY = 86;

    /**
     * @param requested     cpu, cuda or auto
     * @param cudaInstalled whether {@link #CUDA_BACKEND} can be loaded
     * @param gpus          GPUs the driver reports
     * @param capabilities  compute capability (major * 10 + minor) of each GPU, same order
     */
    static BackendChoice decide(String requested, boolean cudaInstalled, List<DeviceInfo> gpus,
            List<Integer> capabilities) {
        if (requested.equals("cpu")) {
            return new BackendChoice(false, "");
        }
        if (!cudaInstalled) {
            return new BackendChoice(false, requested + " asked for; the CUDA backend (feature "
                    + "nnwb.compute.cuda.feature) is not installed, running on the CPU");
        }
        if (gpus.isEmpty()) {
            return new BackendChoice(false, requested + " asked for; no NVIDIA GPU found, running on the CPU");
        }
        int cap = capabilities.isEmpty() ? -1 : capabilities.get(0);
        if (cap > MAX_CAPABILITY) {
            return new BackendChoice(false, requested + " asked for; " + gpus.get(0).name() + " has compute capability "
                    + cap / 10 + "." + cap % 10 + ", ND4J's CUDA build supports up to 8.6: running on the CPU");
        }
        return new BackendChoice(true, "CUDA on " + gpus.get(0).name());
    }
}
