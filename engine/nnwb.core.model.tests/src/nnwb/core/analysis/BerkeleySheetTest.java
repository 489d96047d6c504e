package nnwb.core.analysis;

import nnwb.core.cost.ReceptiveField;
import nnwb.core.graph.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The feature-dimension questions of the Berkeley convolution homework: the
 * parameter/activation table of a CONV/POOL/FLATTEN/FC stack, the symbolic
 * conv and pooling formulas, receptive field growth, and the circular-padding
 * network with global average pooling.
 */
class BerkeleySheetTest {

    private static final String TABLE_NET = "input 28x28x1\nCONV3-10\nPOOL2\nCONV3-10\nPOOL2\nFLATTEN\nFC-3\n";

    private static AnalysisReport ok(String text, AnalysisOptions o) {
        AnalysisReport r = Analyzer.analyze(text, o);
        assertFalse(r.hasErrors(), r.findings().toString());
        return r;
    }

    @Test
    void tableOfParametersAndActivationSizes() {
        for (String text : List.of(TABLE_NET, Templates.text("edge-cnn"))) {
            AnalysisReport r = ok(text, AnalysisOptions.defaults());
            List<Object[]> expected = List.of(
                    new Object[] {0L, "28 × 28 × 1"},
                    new Object[] {3L * 3 * 1 * 10 + 10, "28 × 28 × 10"},
                    new Object[] {0L, "14 × 14 × 10"},
                    new Object[] {3L * 3 * 10 * 10 + 10, "14 × 14 × 10"},
                    new Object[] {0L, "7 × 7 × 10"},
                    new Object[] {0L, "490"},
                    new Object[] {490L * 3 + 3, "3"});
            assertEquals(expected.size(), r.rows().size());
            for (int i = 0; i < expected.size(); i++) {
                LayerRow row = r.rows().get(i);
                assertEquals(Poly.of((Long) expected.get(i)[0]), row.params(), row.name());
                assertEquals(expected.get(i)[1], row.outputShape().format(r.graph().channelsLast(), r.format()), row.name());
            }
        }
    }

    @Test
    void convolutionLayerFormulasInWHCKPF() {
        String net = "symbol W H C K P F\ninput channels=C size=H,W\nc: conv filters=F kernel=K padding=P\n";
        AnalysisReport r = ok(net, AnalysisOptions.symbolicMode());
        LayerRow c = r.row("c");
        assertEquals(Poly.parse("K^2*C*F"), c.cost().weights());
        assertEquals(Poly.parse("F"), c.cost().biases());
        assertEquals(new Shape(Poly.parse("F"), List.of(Poly.parse("H + 2P - K + 1"), Poly.parse("W + 2P - K + 1"))), c.outputShape());
    }

    @Test
    void symbolicStrideNeedsValuesBecauseOfTheFloor() {
        String net = "symbol W C K P F S\ninput channels=C size=W\nc: conv filters=F kernel=K padding=P stride=S\n";
        AnalysisReport r = Analyzer.analyze(net, AnalysisOptions.symbolicMode());
        Finding f = r.firstError();
        assertEquals(3, f.line());
        assertTrue(f.message().contains("floor(("), f.message());
        AnalysisReport numeric = ok(net, AnalysisOptions.symbolicMode().with("W", 32).with("K", 3).with("P", 1).with("S", 2));
        assertEquals(List.of(Poly.of(16), Poly.of(16)), numeric.row("c").outputShape().spatial());
    }

    @Test
    void maxPoolingOutputShape() {
        AnalysisReport r = ok("symbol W H C K\ninput channels=C size=H,W\np: maxpool kernel=K stride=1\n", AnalysisOptions.symbolicMode());
        assertEquals(List.of(Poly.parse("H - K + 1"), Poly.parse("W - K + 1")), r.row("p").outputShape().spatial());
        for (long w : new long[] {8, 9, 28}) {
            AnalysisReport n = ok("input channels=4 size=" + w + "\np: maxpool 3 stride=2\n", AnalysisOptions.defaults());
            assertEquals(Poly.of((w - 3) / 2 + 1), n.row("p").outputShape().spatial().get(0));
        }
    }

    @Test
    void receptiveFieldOfLConvolutionsOfSizeKIs1PlusLTimesKMinus1() {
        String net = "symbol K L\ninput channels=1 size=64\nblock c\n  conv 1 K padding=same\nend\nstack: c repeat=L\n";
        AnalysisReport r = ok(net, AnalysisOptions.symbolicMode());
        ReceptiveField rf = r.rows().get(r.rows().size() - 1).receptiveField();
        assertEquals(Poly.parse("1 + L*(K - 1)"), rf.size().get(0));
        assertEquals(Poly.ONE, rf.jump().get(0));
        for (long k = 2; k <= 5; k++) {
            AnalysisReport n = ok(net, AnalysisOptions.defaults().with("K", k).with("L", 4));
            assertEquals(Poly.of(1 + 4 * (k - 1)), n.rows().get(n.rows().size() - 1).receptiveField().size().get(0));
        }
    }

    @Test
    void poolingGrowsTheFieldOfLaterLayersAndCutsTheirMultiplications() {
        AnalysisReport pooled = ok("input channels=8 size=32\na: conv 8 3 padding=1\np: maxpool 2\nb: conv 8 3 padding=1\n", AnalysisOptions.defaults());
        AnalysisReport plain = ok("input channels=8 size=32\na: conv 8 3 padding=1\nb: conv 8 3 padding=1\n", AnalysisOptions.defaults());
        assertEquals(Poly.of(4), pooled.row("p").receptiveField().size().get(0));
        assertEquals(Poly.of(3 + 1 + 2 * 2), pooled.row("b").receptiveField().size().get(0));
        assertEquals(Poly.of(3 + 2), plain.row("b").receptiveField().size().get(0));
        assertEquals(plain.row("b").macs(), pooled.row("b").macs().multiply(4));
    }

    @Test
    void circularPaddingNetworkWithGlobalAveragePooling() {
        String net = "input 7x8x1\nCONV2-3 padding_mode=circular\nrelu\nCONV2-3 padding_mode=circular\nrelu\ngap\nFC-3\n";
        AnalysisReport r = ok(net, AnalysisOptions.defaults());
        assertEquals("8 × 9 × 3", r.rows().get(1).outputShape().format(true, r.format()));
        assertEquals("9 × 10 × 3", r.rows().get(3).outputShape().format(true, r.format()));
        assertEquals("1 × 1 × 3", r.rows().get(5).outputShape().format(true, r.format()));
        assertEquals(Poly.of((2 * 2 * 1 * 3 + 3) + (2 * 2 * 3 * 3 + 3) + (3 * 3 + 3)), r.totals().params());
        assertTrue(r.rows().get(5).receptiveField().global());
    }
}
