package nnwb.core.analysis;

import nnwb.core.cost.InitScheme;
import nnwb.core.cost.InitVariance;
import nnwb.core.memory.MemoryReport;
import nnwb.core.cost.VarianceRow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The EPFL problem set: multiplications and memory of the L-layer width-K MLP,
 * variance-preserving initialisation for ReLU, optimizer state memory, and 1D
 * convolution sizes and receptive fields.
 */
class EpflSheetTest {

    private static AnalysisReport mlp() {
        AnalysisReport r = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.symbolicMode());
        assertFalse(r.hasErrors(), r.findings().toString());
        return r;
    }

    @Test
    void forwardMultiplicationsAreNK2L() {
        AnalysisReport r = mlp();
        assertEquals(Poly.parse("n*K^2*L"), r.totals().macs());
        assertEquals("n·K²·L", r.format().format(r.totals().macs()));
    }

    @Test
    void forwardPlusBackwardIsThreeTimesThat() {
        AnalysisReport r = mlp();
        assertEquals(Poly.parse("n*K^2*L"), r.totals().inputGradMults());
        assertEquals(Poly.parse("n*K^2*L"), r.totals().weightGradMults());
        assertEquals(Poly.parse("3*n*K^2*L"), r.totals().trainingMults());
        assertEquals("3·n·K²·L", r.format().format(r.totals().trainingMults()));
    }

    @Test
    void inferenceMemoryIsWeightsPlusTwoLayersOfActivations() {
        MemoryReport m = mlp().memory();
        assertEquals(Poly.parse("K^2*L"), m.params());
        assertEquals(Poly.parse("2*K"), m.peakValues());
        assertEquals(Poly.parse("4*(K^2*L + 2*n*K)"), m.inference().totalBytes());
    }

    @Test
    void trainingMemoryKeepsEveryActivation() {
        MemoryReport m = mlp().memory();
        assertEquals(Poly.parse("K*(L + 1)"), m.storedValues());
        assertEquals(Poly.parse("4*(2*K^2*L + n*K*(L + 1))"), m.sgd().totalBytes());
    }

    @Test
    void adamKeepsTwoValuesPerParameterAndMomentumOne() {
        MemoryReport m = mlp().memory();
        Poly p = m.params().multiply(4);
        assertEquals(p, m.momentum().fixedBytes().subtract(m.sgd().fixedBytes()));
        assertEquals(p.multiply(2), m.adam().fixedBytes().subtract(m.sgd().fixedBytes()));
        assertEquals(m.sgd().perExampleBytes(), m.adam().perExampleBytes());
    }

    @Test
    void substitutingValuesGivesTheNumericAnalysis() {
        Poly formula = mlp().totals().trainingMults();
        AnalysisReport numeric = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().with("K", 256).with("L", 5).withBatch(64));
        assertEquals(formula.substitute(java.util.Map.of("n", Poly.of(64), "K", Poly.of(256), "L", Poly.of(5))), numeric.totals().trainingMults());
        assertEquals(Poly.of(3L * 64 * 256 * 256 * 5), numeric.totals().trainingMults());
    }

    @Test
    void heVarianceMakesReluOutputsUnitVariance() {
        for (long d : new long[] {10, 100, 1000}) {
            AnalysisReport r = Analyzer.analyze("input features=" + d + "\nrelu\ny: fc 1 bias=false\n", AnalysisOptions.defaults());
            List<VarianceRow> he = InitVariance.propagate(r.graph(), new InitVariance.Init(InitScheme.HE_NORMAL, 0), 1, 1);
            assertEquals(1.0, he.get(2).forward(), 1e-12);
            double sigma = 0.1;
            List<VarianceRow> any = InitVariance.propagate(r.graph(), new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, sigma), 1, 1);
            assertEquals(d * sigma * sigma / 2, any.get(2).forward(), 1e-12);
        }
    }

    @Test
    void oneDimensionalConvolutionSizes() {
        for (long w = 5; w <= 12; w++) {
            for (long k = 1; k <= 4; k++) {
                for (long p = 0; p <= 2; p++) {
                    for (long s = 1; s <= 3; s++) {
                        long expected = (w + 2 * p - k) / s + 1;
                        AnalysisReport r = Analyzer.analyze("input channels=1 length=" + w + "\nc: conv 1 " + k + " padding=" + p + " stride=" + s + "\n",
                                AnalysisOptions.defaults());
                        assertEquals(Poly.of(expected), r.row("c").outputShape().spatial().get(0), w + " " + k + " " + p + " " + s);
                    }
                }
            }
        }
    }

    @Test
    void receptiveFieldOfStridedStackIgnoresPadding() {
        long[] k = {3, 5, 3, 2};
        long[] s = {2, 1, 3, 2};
        long[] p = {1, 0, 2, 0};
        StringBuilder withPad = new StringBuilder("input channels=1 length=400\n");
        StringBuilder noPad = new StringBuilder("input channels=1 length=400\n");
        long rf = 1;
        long jump = 1;
        for (int l = 0; l < k.length; l++) {
            withPad.append("c").append(l).append(": conv 1 ").append(k[l]).append(" stride=").append(s[l]).append(" padding=").append(p[l]).append('\n');
            noPad.append("c").append(l).append(": conv 1 ").append(k[l]).append(" stride=").append(s[l]).append('\n');
            rf += (k[l] - 1) * jump;
            jump *= s[l];
        }
        assertEquals(Poly.of(rf), Analyzer.analyze(withPad.toString(), AnalysisOptions.defaults()).row("c3").receptiveField().size().get(0));
        assertEquals(Poly.of(rf), Analyzer.analyze(noPad.toString(), AnalysisOptions.defaults()).row("c3").receptiveField().size().get(0));
    }
}
