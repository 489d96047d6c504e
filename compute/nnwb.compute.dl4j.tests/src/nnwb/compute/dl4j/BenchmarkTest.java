package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.test.harness.ComputeServices;

class BenchmarkTest {

    @Test
    void smallRunGivesOneRowPerPhase() throws Exception {
        List<BenchRow> rows = ComputeServices.started().benchmark(
                new BenchOptions(BenchOptions.MODELS, List.of(8), 16, 1));
        assertEquals(4, rows.size());
        for (BenchRow r : rows) {
            assertTrue(r.imagesPerSecond() > 0 && Double.isFinite(r.imagesPerSecond()), r.toString());
            assertEquals(8, r.batch());
            assertTrue(r.backend().contains("CPU"), r.backend());
        }
        assertEquals(List.of("train", "inference", "train", "inference"), rows.stream().map(BenchRow::phase).toList());
    }
}
