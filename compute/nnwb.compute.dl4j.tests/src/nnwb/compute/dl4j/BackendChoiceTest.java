package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

import nnwb.compute.DeviceInfo;

/** Choosing between the CPU and the CUDA backend, and hiding the one not chosen from ND4J. */
class BackendChoiceTest {

    private static final DeviceInfo H100 = new DeviceInfo("NVIDIA H100 80GB HBM3", DeviceInfo.DeviceKind.GPU, 80L << 30,
            79L << 30, 0);
    private static final DeviceInfo T4 = new DeviceInfo("Tesla T4", DeviceInfo.DeviceKind.GPU, 16L << 30, 15L << 30, 0);

    @Test
    void cpuAskedIsCpuWithoutNote() {
        assertEquals(new BackendChoice(false, ""), BackendChoice.decide("cpu", true, List.of(T4), List.of(75)));
    }

    @Test
    void cudaWithoutTheFeatureRunsOnTheCpuAndSaysWhy() {
        BackendChoice c = BackendChoice.decide("cuda", false, List.of(T4), List.of(75));
        assertFalse(c.cuda());
        assertTrue(c.note().contains("nnwb.compute.cuda.feature) is not installed"), c.note());
    }

    @Test
    void hopperIsBeyondNd4jsCudaBuild() {
        BackendChoice c = BackendChoice.decide("auto", true, List.of(H100), List.of(90));
        assertFalse(c.cuda());
        assertTrue(c.note().contains("compute capability 9.0, ND4J's CUDA build supports up to 8.6"), c.note());
    }

    @Test
    void turingRunsOnCuda() {
        BackendChoice c = BackendChoice.decide("cuda", true, List.of(T4), List.of(75));
        assertTrue(c.cuda());
        assertEquals("CUDA on Tesla T4", c.note());
    }

    @Test
    void noGpuRunsOnTheCpu() {
        assertFalse(BackendChoice.decide("auto", true, List.of(), List.of()).cuda());
    }

    @Test
    void filterLoaderShowsNd4jOnlyTheKeptBackend() {
        ClassLoader dl4j = Nd4j.class.getClassLoader();
        assertEquals(List.of(BackendChoice.CPU_BACKEND),
                backends(new BackendFilterLoader(dl4j, BackendChoice.CPU_BACKEND)));
        assertEquals(List.of(), backends(new BackendFilterLoader(dl4j, BackendChoice.CUDA_BACKEND)));
    }

    private static List<String> backends(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        for (Nd4jBackend b : ServiceLoader.load(Nd4jBackend.class, loader)) {
            names.add(b.getClass().getName());
        }
        return names;
    }
}
