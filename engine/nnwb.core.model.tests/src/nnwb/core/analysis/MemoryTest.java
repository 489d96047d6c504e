package nnwb.core.analysis;

import nnwb.core.memory.DType;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.MemoryReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnwb.core.symbolic.Poly;
import org.junit.jupiter.api.Test;

/** Inference peak and training memory against counts derived by hand. */
class MemoryTest {

    private static MemoryReport memory(String text, AnalysisOptions o) {
        AnalysisReport r = Analyzer.analyze(text, o);
        assertFalse(r.hasErrors(), r.findings().toString());
        return r.memory();
    }

    @Test
    void chainFreesEachTensorAfterItsReader() {
        // 100 -> 50 -> 200 -> 10: the peak is while computing fc2 (50 in, 200 out).
        MemoryReport m = memory("input 100\nfc1: fc 50\nfc2: fc 200\nfc3: fc 10\n", AnalysisOptions.defaults().withBatch(3));
        assertEquals(Poly.of(250), m.peakValues());
        assertEquals("fc2", m.peakLayer());
        long params = 100 * 50 + 50 + 50 * 200 + 200 + 200 * 10 + 10;
        assertEquals(Poly.of(params), m.params());
        assertEquals(Poly.of(4 * params), m.inference().fixedBytes());
        assertEquals(Poly.of(4 * 250), m.inference().perExampleBytes());
        assertEquals(Poly.of(4 * params + 3 * 4 * 250), m.inference().totalBytes());
        assertEquals(Poly.of(360), m.storedValues());
    }

    @Test
    void skipConnectionKeepsItsTensorAlive() {
        // input (64) stays alive until the add; a (64), b (64) and the sum (64) overlap it.
        String net = "input channels=1 size=8\na: conv 1 3 padding=1\nb: conv 1 3 padding=1\ns: add b input\n";
        MemoryReport m = memory(net, AnalysisOptions.defaults());
        assertEquals(Poly.of(3 * 64), m.peakValues());
        String chain = "input channels=1 size=8\na: conv 1 3 padding=1\nb: conv 1 3 padding=1\nc: conv 1 3 padding=1\n";
        assertEquals(Poly.of(2 * 64), memory(chain, AnalysisOptions.defaults()).peakValues());
    }

    @Test
    void inPlaceActivationsAndViewsAddNothing() {
        MemoryReport with = memory("input channels=2 size=4\nc: conv 2 1\nr: relu\nf: flatten\no: fc 3\n", AnalysisOptions.defaults());
        MemoryReport without = memory("input channels=2 size=4\nc: conv 2 1\no: fc 3\n", AnalysisOptions.defaults());
        assertEquals(without.peakValues(), with.peakValues());
        assertEquals(without.storedValues(), with.storedValues());
        assertEquals(Poly.of(32 + 32 + 3), with.storedValues());
    }

    @Test
    void optimizerStateIsZeroOneOrTwoValuesPerParameter() {
        MemoryReport m = memory("input 10\nfc 10\nbn\n", AnalysisOptions.defaults().withDtype(DType.FP16).withBatch(5));
        long p = 110 + 20;
        long buffers = 20;
        assertEquals(Poly.of(buffers), m.buffers());
        for (int k = 0; k <= 2; k++) {
            MemoryEstimate e = m.training(k);
            assertEquals(Poly.of(2 * ((2 + k) * p + buffers)), e.fixedBytes(), "k=" + k);
            assertEquals(Poly.of(2 * (10 + 10 + 10)), e.perExampleBytes());
            assertEquals(Poly.of(2 * ((2 + k) * p + buffers) + 5 * 2 * 30), e.totalBytes());
        }
        assertTrue(m.adam().derivation().contains("2 values per parameter"));
        assertTrue(m.sgd().derivation().contains("total = "));
        assertTrue(m.inference().derivation().contains("peak live activations"));
    }
}
