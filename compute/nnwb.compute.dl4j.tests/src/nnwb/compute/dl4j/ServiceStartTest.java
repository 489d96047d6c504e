package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nnwb.compute.BackendInfo;
import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.DeviceInfo;
import nnwb.compute.GpuReport;
import nnwb.test.harness.ComputeServices;

class ServiceStartTest {

    @Test
    void startsOnItsWorkerThreadWithTheOneDnnCpuBackend() throws Exception {
        ComputeService s = ComputeServices.registered();
        List<String> readyThreads = new CopyOnWriteArrayList<>();
        try (var sub = s.onStatus(st -> {
            if (st.isReady()) {
                readyThreads.add(Thread.currentThread().getName());
            }
        })) {
            ComputeStatus st = s.start().toCompletableFuture().get(120, TimeUnit.SECONDS);
            assertEquals(ComputeStatus.State.READY, st.state(), st.reason());
            BackendInfo b = st.backend();
            assertEquals(DeviceInfo.DeviceKind.CPU, b.device().kind());
            assertTrue(b.name().contains("onednn"), b.name());
            assertTrue(b.accelerated(), "oneDNN helpers must be active: " + b.details());
            assertTrue(b.device().threads() >= 1);
            assertTrue(b.device().totalBytes() > 0);
            assertEquals(System.getProperty("org.bytedeco.javacpp.cachedir"), b.details().get("javacppCache"));
        }
        assertFalse(readyThreads.isEmpty(), "a READY status was published");
        // published by the worker that loaded ND4J, or (if an earlier test started it) replayed to this caller
        String t = readyThreads.get(readyThreads.size() - 1);
        assertTrue(t.equals("nnwb-compute") || t.equals(Thread.currentThread().getName()), t);
    }

    @Test
    void startRunsOffTheCallingThread() throws Exception {
        ComputeService s = ComputeServices.started();
        assertNotEquals("nnwb-compute", Thread.currentThread().getName());
        assertTrue(s.status().backend().startMillis() > 0);
    }

    @Test
    void reportsGpusAsTheDriverSeesThem() throws Exception {
        GpuReport r = ComputeServices.registered().gpus();
        boolean driver = Files.exists(Path.of("/proc/driver/nvidia/version"));
        if (driver) {
            assertTrue(r.present(), r.note());
            assertTrue(r.gpus().get(0).totalBytes() > 0);
        } else {
            assertFalse(r.present());
            assertTrue(r.note().startsWith("no GPU"), r.note());
        }
    }

    @Test
    void versionsComeFromTheDl4jBundleWithoutStarting() throws Exception {
        Map<String, String> v = ComputeServices.registered().versions();
        assertEquals("1.0.0-M2.1", v.get("dl4j"));
        assertEquals("nd4j-native linux-x86_64-onednn-avx2", v.get("nd4jBackend"));
    }
}
