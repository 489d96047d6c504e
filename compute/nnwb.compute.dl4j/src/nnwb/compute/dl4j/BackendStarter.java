package nnwb.compute.dl4j;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.BackendInfo;
import nnwb.compute.ComputeStatus;
import nnwb.compute.DeviceInfo;
import nnwb.compute.GpuReport;
import nnwb.compute.dl4j.memory.Nvml;

/**
 * Starts ND4J on the worker thread: checks what would make the native start fail or crash,
 * sets JavaCPP's cache, DL4J's helper switch and OpenMP's wait policy, binds ND4J's backend
 * discovery to the DL4J bundle's class loader, loads the backend, sets ND4J's profiling mode
 * (workspace checks only with {@code nnwb.compute.checks}) and checks that the oneDNN helpers are
 * active.
 * Every failure becomes a FAILED status with the reason; nothing is thrown.
 */
final class BackendStarter {

    /** DL4J reads it with default "true" (helpers off); the oneDNN route needs "false". */
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

    private final ComputeConfig config;
    private final Map<String, String> libraryVersions;
    private final Nvml nvml;
    private String waitPolicy = "?";

    BackendStarter(ComputeConfig config, Map<String, String> libraryVersions, Nvml nvml) {
        this.config = config;
        this.libraryVersions = libraryVersions;
        this.nvml = nvml;
    }

    ComputeStatus start() {
        long t0 = System.nanoTime();
        String problem = preflight();
        if (problem != null) {
            return ComputeStatus.failed(problem);
        }
        Map<String, String> details = new LinkedHashMap<>();
        try {
            ClassLoader dl4j = Nd4j.class.getClassLoader();
            boolean cudaInstalled = present(BackendChoice.CUDA_BACKEND, dl4j);
            GpuReport gpus = nvml.read();
            BackendChoice choice = BackendChoice.decide(config.backend(), cudaInstalled, gpus.gpus(),
                    nvml.capabilities());
            if (!choice.note().isEmpty()) {
                details.put("backendChoice", choice.note());
            }
            ClassLoader nd4j = cudaInstalled && !choice.cuda()
                    ? new BackendFilterLoader(dl4j, BackendChoice.CPU_BACKEND) : dl4j;
            ND4JClassLoading.setNd4jClassloader(nd4j);
            Thread.currentThread().setContextClassLoader(nd4j);
            Nd4j.create(1);
            Nd4j.getExecutioner().setProfilingMode(config.checks() ? OpExecutioner.ProfilingMode.SCOPE_PANIC
                    : OpExecutioner.ProfilingMode.DISABLED);
            details.put("profilingMode", Nd4j.getExecutioner().getProfilingMode().toString());
            if (choice.cuda()) {
                return cudaReady(gpus, details, t0);
            }
            if (config.threads() > 0) {
                Nd4j.getEnvironment().setMaxThreads(config.threads());
                Nd4j.getEnvironment().setMaxMasterThreads(config.threads());
            }
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            details.put("blas", String.valueOf(env.getOrDefault("blas.vendor", "?")));
            details.put("dataType", Nd4j.dataType().toString());
            details.put("javacppCache", config.cacheDir().toString());
            details.put("ompWaitPolicy", waitPolicy);
            HelperCheck.Result helpers = HelperCheck.run();
            details.put("oneDnnHelpers", helpers.description());
            details.put("kernels", nnwb.compute.dl4j.kernels.Kernels.startLine());
            int threads = Nd4j.getEnvironment().maxThreads();
            CpuInfo cpu = CpuInfo.read();
            DeviceInfo device = new DeviceInfo(cpu.model(), DeviceInfo.DeviceKind.CPU, hostTotal(), hostFree(),
                    threads);
            String name = "ND4J CPU (" + libraryVersions.getOrDefault("nd4jBackend", "nd4j-native") + ")";
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return ComputeStatus.ready(new BackendInfo(name, libraryVersions.getOrDefault("nd4j", "?"), device,
                    helpers.active(), details, ms));
        } catch (Throwable e) { // natives that fail to load throw Errors: they must become a status
            return ComputeStatus.failed("the ND4J backend could not start: " + rootMessage(e));
        }
    }

    /** Checks done before any native code loads; a non-null result is the reason not to start. */
    String preflight() {
        if (!config.backend().equals("cpu") && !config.backend().equals("cuda") && !config.backend().equals("auto")) {
            return "unknown backend '" + config.backend() + "' (" + ComputeConfig.BACKEND + " is cpu, cuda or auto)";
        }
        String classifier = libraryVersions.getOrDefault("nd4jBackend", "");
        CpuInfo cpu = CpuInfo.read();
        if (classifier.contains("avx2") && !cpu.flags().isEmpty() && !cpu.has("avx2")) {
            return "this CPU (" + cpu.model() + ") lacks AVX2, which the installed ND4J build (" + classifier
                    + ") needs";
        }
        try {
            Files.createDirectories(config.cacheDir());
        } catch (IOException | RuntimeException e) {
            return "the native cache directory " + config.cacheDir() + " cannot be created: " + rootMessage(e);
        }
        if (!Files.isDirectory(config.cacheDir()) || !Files.isWritable(config.cacheDir())) {
            return "the native cache directory " + config.cacheDir() + " is not a writable directory";
        }
        System.setProperty(ComputeConfig.CACHE_DIR, config.cacheDir().toString());
        if (System.getProperty(HELPERS_DISABLE) == null) {
            System.setProperty(HELPERS_DISABLE, "false");
        }
        waitPolicy = OmpWaitPolicy.apply(config.dedicated());
        return null;
    }

    /** READY on the CUDA backend: the device is the first GPU; layer helpers are cuDNN's (not checked here). */
    private ComputeStatus cudaReady(GpuReport gpus, Map<String, String> details, long t0) {
        String backend = Nd4j.getBackend().getClass().getName();
        if (!backend.equals(BackendChoice.CUDA_BACKEND)) {
            return ComputeStatus.failed("the CUDA backend was chosen but ND4J loaded " + backend);
        }
        DeviceInfo gpu = gpus.gpus().get(0);
        details.put("javacppCache", config.cacheDir().toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return ComputeStatus.ready(new BackendInfo("ND4J CUDA (nd4j-cuda-11.6)", libraryVersions.getOrDefault("nd4j", "?"),
                gpu, false, details, ms));
    }

    private static boolean present(String cls, ClassLoader loader) {
        try {
            Class.forName(cls, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static long hostTotal() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
    }

    static long hostFree() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getFreeMemorySize() : -1;
    }
}
