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
        // activations workspace: conv output 32 and its cached pre-output 32, fc 3 (not the input): 67 values,
        // x 4 B x 1.05 = 281.4 -> 282 B
        // gradient workspaces, replayed: loss (3) in ws0; fc (its input's gradient, 32) in ws1, ws0 freed; conv (16) in
        // ws0: 16 + 32 = 48 values x 4 B x 1.02 = 195.84 -> 196 B
        // working memory: no activation or batch-norm layer, twice the loss output: 6 values x 4 B x 1.02 = 24.48 -> 25 B
        // minibatch arrays: features 16 + labels 3 = 19 values = 76 B
        assertEquals(Poly.of(282 + 196 + 25 + 76), d.sgd().perExampleBytes());
        assertEquals(d.sgd().perExampleBytes(), d.adam().perExampleBytes());
        assertTrue(d.derivation().contains("im2col (helpers off), per example: 576 B forward"), d.derivation());
    }

    @Test
    void dl4jKeepsAResidualSumsGradientWorkspaceUntilBothBranchesRan() {
        // input 1x2x2 (4 values); c: 1x1 conv (2 params), r: relu, s: r + c, f: fc 2 (10 params)
        AnalysisReport r = Analyzer.analyze("input channels=1 size=2\nc: conv 1 1\nr: relu\ns: add r c\nf: fc 2\n",
                AnalysisOptions.defaults());
        ConventionMemory d = r.memory().convention(Dl4jConvention.NAME);
        // DL4J's order: input, c, r, s, f, loss; backward replayed:
        // loss (2) -> ws0; f (its input's gradient, 4) -> ws1, ws0 freed; s (a gradient per input, 4 + 4) -> ws0,
        // ws1 freed; r (activation: input gradient and a copy, 2 x 4) -> ws1; c (4) -> new ws2, because ws0 waits
        // for both of s's inputs: 8 + 8 + 4 = 20 values in 3 workspaces (a plain chain would alternate two)
        assertTrue(d.derivation().contains("activation-gradient workspaces, per example: 20 values in 3 reused workspaces"),
                d.derivation());
        // activations: conv 4 + cached pre-output 4, relu 4, sum 4, fc 2 = 18 values x 4 B x 1.05 = 75.6 -> 76 B;
        // gradients 20 x 4 B x 1.02 = 81.6 -> 82 B; working: relu output 4 = twice the loss output 4 -> 16.32 -> 17 B;
        // minibatch: features 4 + labels 2 = 24 B
        assertEquals(Poly.of(76 + 82 + 17 + 24), d.adam().perExampleBytes());
    }
}
