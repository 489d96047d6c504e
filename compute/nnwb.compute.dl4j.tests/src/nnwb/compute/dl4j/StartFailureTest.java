package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeException;
import nnwb.compute.ComputeStatus;
import nnwb.compute.ConvSpec;
import nnwb.compute.Tensor;

/** A backend that cannot start becomes a FAILED status with its reason; nothing crashes. */
class StartFailureTest {

    @Test
    void unusableNativeCacheBecomesAStatus(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("cache"), "a file where the cache should be");
        ComputeConfig config = ComputeConfig.from(System.getProperties(), dir).withCacheDir(notADirectory);
        Dl4jComputeService s = new Dl4jComputeService(config, Map.of());
        try {
            ComputeStatus st = s.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertEquals(ComputeStatus.State.FAILED, st.state());
            assertTrue(st.reason().contains(notADirectory.toString()), st.reason());
            assertEquals(st, s.status());
            ComputeException e = assertThrows(ComputeException.class,
                    () -> s.convolve(Tensor.zeros(1, 1, 3, 3), Tensor.zeros(1, 1, 2, 2), ConvSpec.valid2d()));
            assertTrue(e.getMessage().contains(st.reason()), e.getMessage());
        } finally {
            s.deactivate();
        }
    }

    @Test
    void unknownBackendBecomesAStatus(@TempDir Path dir) throws Exception {
        ComputeConfig config = ComputeConfig.from(System.getProperties(), dir).withBackend("tpu");
        Dl4jComputeService s = new Dl4jComputeService(config, Map.of());
        try {
            ComputeStatus st = s.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertEquals(ComputeStatus.State.FAILED, st.state());
            assertTrue(st.reason().contains("unknown backend 'tpu'"), st.reason());
        } finally {
            s.deactivate();
        }
    }
}
