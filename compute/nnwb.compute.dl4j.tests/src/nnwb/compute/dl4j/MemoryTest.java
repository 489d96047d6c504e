package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;
import nnwb.compute.net.Network;
import nnwb.test.harness.ComputeServices;

class MemoryTest {

    @Test
    void streamsSnapshotsUntilClosed() throws Exception {
        ComputeService s = ComputeServices.started();
        List<MemorySnapshot> seen = new CopyOnWriteArrayList<>();
        Subscription sub = s.onMemory(Duration.ofMillis(20), seen::add);
        long deadline = System.currentTimeMillis() + 5000;
        while (seen.size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        sub.close();
        assertTrue(seen.size() >= 3, "snapshots: " + seen.size());
        Thread.sleep(100);
        int after = seen.size();
        Thread.sleep(200);
        assertEquals(after, seen.size(), "no snapshots after close");
        MemorySnapshot m = seen.get(0);
        assertTrue(m.heapUsed() > 0 && m.heapUsed() <= m.heapMax());
        assertTrue(m.processPhysical() > m.heapUsed() / 2, "resident " + m.processPhysical());
        assertTrue(m.time().isBefore(seen.get(2).time()));
    }

    /**
     * The backend's array bytes once garbage left by earlier tests (arrays JavaCPP frees on its own
     * threads after a garbage collection) has been freed, so the count does not fall during a measurement.
     */
    static long settled(ComputeService s) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 30; i++) {
            System.gc();
            Thread.sleep(100);
            long now = s.memory().backendArrays();
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    @Test
    void nativeLimitIsTheConfiguredOneAndParametersShowAsArrays() throws Exception {
        ComputeService s = ComputeServices.started();
        // the test's argLine sets -Dorg.bytedeco.javacpp.maxbytes=2g, as the product sets 4g
        assertEquals(2L << 30, s.memory().nativeLimit());
        long before = settled(s);
        try (Network net = s.build(NetworkTest.small(UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8)))) {
            long with = s.memory().backendArrays();
            // parameters (875 floats) at least; the net's flattened gradient view adds more
            assertTrue(with - before >= net.parameterCount() * 4, before + " -> " + with);
        }
    }
}
