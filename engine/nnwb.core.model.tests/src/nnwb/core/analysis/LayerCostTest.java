package nnwb.core.analysis;

import nnwb.core.memory.DType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import nnwb.core.symbolic.Poly;
import org.junit.jupiter.api.Test;

/** Parameters and multiplications of every layer kind against hand-written closed forms. */
class LayerCostTest {

    private static LayerRow row(String text, String layer, long batch) {
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults().withBatch(batch));
        assertFalse(r.hasErrors(), r.findings().toString());
        return r.row(layer);
    }

    private static void counts(LayerRow row, long weights, long biases, long macs, long inputGrad, long weightGrad) {
        assertEquals(Poly.of(weights), row.cost().weights(), "weights");
        assertEquals(Poly.of(biases), row.cost().biases(), "biases");
        assertEquals(Poly.of(weights + biases), row.params(), "params");
        assertEquals(Poly.of(macs), row.macs(), "macs");
        assertEquals(Poly.of(inputGrad), row.inputGradMults(), "input gradient");
        assertEquals(Poly.of(weightGrad), row.weightGradMults(), "weight gradient");
        assertEquals(Poly.of(inputGrad + weightGrad), row.backwardMults(), "backward");
    }

    @Test
    void convolution() {
        // 3 -> 8 channels, 5x5 kernel, 32 -> 28: every output value sums 3*25 products.
        long out = 8L * 28 * 28;
        long macs = 2 * out * 3 * 25;
        counts(row("input channels=3 size=32\nc: conv 8 5\n", "c", 2), 8 * 3 * 25, 8, macs, macs, macs);
    }

    @Test
    void convolutionWithoutBiasAndWithGroups() {
        long macs = 16L * 10 * 10 * (8 / 4) * 9;
        counts(row("input channels=8 size=10\nc: conv 16 3 padding=1 groups=4 bias=false\n", "c", 1), 16 * 2 * 9, 0, macs, macs, macs);
    }

    @Test
    void transposedConvolutionScattersEveryInput() {
        // 2NF=64 -> NF=32 channels, 3x3, 8 -> 16: each input value meets 32*9 weights.
        long macs = 64L * 8 * 8 * 32 * 9;
        counts(row("input channels=64 size=8\nt: convt 32 3 stride=2 padding=1 output_padding=1\n", "t", 1), 64 * 32 * 9, 32, macs, macs, macs);
    }

    @Test
    void fullyConnected() {
        counts(row("input 490\no: fc 3\n", "o", 4), 1470, 3, 4 * 1470, 4 * 1470, 4 * 1470);
        counts(row("input 10\no: fc 5 bias=false\n", "o", 1), 50, 0, 50, 50, 50);
    }

    @Test
    void batchNormTrainsGammaAndBetaAndBuffersRunningStatistics() {
        LayerRow r = row("input channels=6 size=4\nb: bn\n", "b", 1);
        counts(r, 6, 6, 96, 96, 96);
        assertEquals(Poly.of(12), r.cost().buffers());
        LayerRow plain = row("input channels=6 size=4\nb: bn affine=false\n", "b", 1);
        counts(plain, 0, 0, 96, 96, 0);
    }

    @Test
    void pooling() {
        counts(row("input channels=3 size=8\nm: maxpool 2\n", "m", 1), 0, 0, 0, 0, 0);
        counts(row("input channels=3 size=8\na: avgpool 2\n", "a", 1), 0, 0, 3 * 16 * 4, 3 * 16 * 4, 0);
        counts(row("input channels=3 size=8\ng: gap\n", "g", 1), 0, 0, 192, 192, 0);
        // adaptive 5 -> 3: windows [0,2), [1,4), [3,5) cover 2 + 3 + 2 = 7 cells per axis.
        counts(row("input channels=2 size=5\na: adaptive_avgpool 3\n", "a", 1), 0, 0, 2 * 7 * 7, 2 * 7 * 7, 0);
    }

    @Test
    void parameterFreeLayersCostNothing() {
        String net = "input channels=2 size=4\nu: upsample 2\nr: relu\nd: dropout\ns: softmax\nf: flatten\n";
        for (String n : new String[] {"u", "r", "d", "s", "f"}) {
            counts(row(net, n, 3), 0, 0, 0, 0, 0);
        }
        counts(row("input channels=2 size=4\na: relu\nadd a input\n", "add1", 1), 0, 0, 0, 0, 0);
    }

    @Test
    void activationBytesScaleWithBatchAndDtype() {
        AnalysisOptions o = AnalysisOptions.defaults().withBatch(8).withDtype(DType.BF16);
        AnalysisReport r = Analyzer.analyze("input channels=3 size=4\nc: conv 5 1\n", o);
        assertEquals(Poly.of(8L * 5 * 16 * 2), r.row("c").activationBytes());
        assertEquals(Poly.of(8L * 3 * 16 * 2), r.row("input").activationBytes());
        assertEquals(1, DType.FP8.bytes());
        assertEquals(DType.FP16, DType.parse("FP16"));
    }

    @Test
    void totalsSumRows() {
        AnalysisReport r = Analyzer.analyze("input 10\nfc 20\nrelu\nfc 5\n", AnalysisOptions.defaults().withBatch(2));
        assertEquals(Poly.of(10 * 20 + 20 + 20 * 5 + 5), r.totals().params());
        assertEquals(Poly.of(2 * (200 + 100)), r.totals().macs());
        assertEquals(Poly.of(2 * 2 * (200 + 100)), r.totals().backwardMults());
        assertEquals(Poly.of(3 * 2 * 300), r.totals().trainingMults());
        assertEquals(Poly.of(2 * (20 + 20 + 5)), r.totals().activationValues());
    }
}
