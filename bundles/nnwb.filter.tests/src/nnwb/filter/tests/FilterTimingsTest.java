package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.filter.FilterTimings;

/**
 * The benchmark of {@code nnwb filter-bench} at the size, printed into the test log (full JIT, as in the
 * workbench). It asserts no speed: the machine is shared; BENCHMARKS.md records measured figures.
 */
class FilterTimingsTest {

    @Test
    void timesEveryPathAtFiveHundredTwelve() throws Exception {
        List<FilterTimings.Row> rows = new FilterTimings(Services.compute(), 512, 15).measure(List.of(3, 7));
        assertEquals(6, rows.size());
        for (FilterTimings.Row r : rows) {
            System.out.printf("filter timing 512x512 %dx%d %-8s median %7.2f ms min %7.2f ms%n", r.kernel(), r.kernel(), r.path(),
                    r.medianMs(), r.minMs());
            assertTrue(r.medianMs() > 0);
        }
    }
}
