package nnwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/** Every report carries the three named conventions; textbook is today's count; dl4j refuses what it cannot build. */
class ConventionsTest {

    @Test
    void everyTemplateHasTheThreeConventionsAndTextbookIsTheReportsOwnCount() {
        for (String t : Templates.names()) {
            MemoryReport m = Analyzer.analyze(Templates.text(t), AnalysisOptions.defaults().withBatch(16)).memory();
            assertEquals(List.of("textbook", "pytorch", "dl4j"), List.copyOf(m.conventions().keySet()), t);
            ConventionMemory tb = m.convention(TextbookConvention.NAME);
            assertEquals(m.inference(), tb.inference(), t);
            for (int k = 0; k <= 2; k++) {
                assertEquals(m.training(k), tb.training(k), t);
            }
            assertTrue(tb.derivation().contains("not counted:"), t);
            assertTrue(m.convention(PyTorchConvention.NAME).available(), t);
        }
    }

    @Test
    void dl4jNamesTheLayerItCannotBuildAndGivesNoNumber() {
        MemoryReport m = Analyzer.analyze(Templates.text("mobilenet_v3_large"), AnalysisOptions.defaults()).memory();
        ConventionMemory d = m.convention(Dl4jConvention.NAME);
        assertFalse(d.available());
        assertNull(d.adam());
        assertTrue(d.problem().contains("hard swish"), d.problem());
        assertTrue(d.problem().matches(".*[a-z0-9_.]+: DL4J 1.0.0-M2.1 has no hard swish.*"), d.problem());
    }

    @Test
    void dl4jNeedsNumbers() {
        AnalysisReport r = Analyzer.analyze("symbol K\ninput K\nh: fc K\n", AnalysisOptions.symbolicMode());
        ConventionMemory d = r.memory().convention(Dl4jConvention.NAME);
        assertFalse(d.available());
        assertTrue(d.problem().contains("the batch size is symbolic"), d.problem());
        assertTrue(d.problem().contains("h: symbolic shape K"), d.problem());
    }

    @Test
    void dl4jCountsBothViewsTheUpdaterAndTheWorkspaces() {
        // input 1×4×4, conv 2 filters 3×3 padding 1 (20 params), fc 3 (99 params)
        AnalysisReport r = Analyzer.analyze("input channels=1 size=4\nc: conv 2 3 padding=1\nf: fc 3\n", AnalysisOptions.defaults().withBatch(2));
        ConventionMemory d = r.memory().convention(Dl4jConvention.NAME);
        long params = 20 + 99;
        assertEquals(Poly.of(4 * 2 * params), d.sgd().fixedBytes());
        assertEquals(Poly.of(4 * 4 * params), d.adam().fixedBytes());
        // activations: input 16 + conv 32 + fc 3 + labels 3; gradients: conv in 16 + out 32 (fc: 32 + 3)
        long perExample = 4 * ((16 + 32 + 3 + 3) + (16 + 32));
        assertEquals(Poly.of(perExample), d.sgd().perExampleBytes());
        // the generic kernels' im2col (1 channel × 9 × 16 positions) is stated, not added: the helpers replace it
        assertTrue(d.derivation().contains("forward im2col, per example: 576 B"), d.derivation());
    }
}
