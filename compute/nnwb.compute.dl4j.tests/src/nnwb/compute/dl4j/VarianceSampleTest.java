package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.VarianceSample;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.graph.Graph;
import nnwb.core.cost.InitScheme;
import nnwb.core.cost.InitVariance;
import nnwb.core.cost.VarianceRow;
import nnwb.core.templates.Templates;
import nnwb.test.harness.ComputeServices;
import nnwb.model.compute.ModelGraphs;

/**
 * Second moments sampled through DL4J against the engine's variance theory.
 * <p>
 * Tolerance: for the MLP of width K = 100 with He normal weights, one layer's mean output second moment is
 * (1/K) Σ_j Σ_i w_ji² E[x_i²], a chi-square average over K² = 10⁴ weights, relative standard deviation
 * √(2/10⁴) ≈ 1.4 %; the batch of 4,000 examples adds √(2/(4000·K)) ≈ 0.2 %. Over three layers the deviations
 * add to about √3 · 1.5 % ≈ 2.6 % (forward and backward alike), so 10 % is about four standard deviations:
 * loose enough for any seed, tight enough to catch a factor 2 (a missed ReLU halving, He taken as LeCun).
 */
class VarianceSampleTest {

    private static final double TOLERANCE = 0.10;

    private static Graph mlp() {
        return Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().with("K", 100).with("L", 3)).graph();
    }

    @Test
    void mlpWithHeNormalFollowsTheTheoryForwardAndBackward() throws Exception {
        Graph g = mlp();
        GraphSpec spec = ModelGraphs.fromAnalysis(g).spec();
        VarianceSample s = ComputeServices.started().sampleVariance(spec, ModelGraphs.init(InitScheme.HE_NORMAL, 1), 4000, 42);
        assertTrue(s.supported(), s.unsupported());
        List<VarianceRow> theory = InitVariance.propagate(g, new InitVariance.Init(InitScheme.HE_NORMAL, 1), 1, 1);
        assertEquals(theory.size(), s.rows().size());
        for (int i = 0; i < theory.size(); i++) {
            VarianceRow t = theory.get(i);
            VarianceSample.Row m = s.rows().get(i);
            assertEquals(t.name(), m.name());
            assertEquals(t.forward(), m.forward(), TOLERANCE * t.forward(), t.name() + " forward");
            assertEquals(t.gradient(), m.gradient(), TOLERANCE * t.gradient(), t.name() + " gradient");
        }
        // He keeps the ReLU outputs at 1 and the fc outputs at 2; the gradients at the fc outputs are 1/2
        assertEquals(2.0, theory.get(1).forward(), 1e-12);
        assertEquals(0.5, theory.get(1).gradient(), 1e-12);
    }

    @Test
    void scaledNormalGrowsByFanInTimesCSquaredPerLayer() throws Exception {
        Graph g = mlp();
        // N(0,1) with c = 0.2: each fc multiplies by K c² = 4, each ReLU halves: 2 per block
        VarianceSample s = ComputeServices.started().sampleVariance(ModelGraphs.fromAnalysis(g).spec(),
                ModelGraphs.init(InitScheme.UNIT_NORMAL_SCALED, 0.2), 4000, 7);
        List<VarianceRow> theory = InitVariance.propagate(g, new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, 0.2), 1, 1);
        VarianceRow last = theory.get(theory.size() - 1);
        assertEquals(8.0, last.forward(), 1e-9);
        assertEquals(last.forward(), s.rows().get(theory.size() - 1).forward(), TOLERANCE * last.forward());
        assertEquals(theory.get(0).gradient(), s.rows().get(0).gradient(), TOLERANCE * theory.get(0).gradient());
    }

    @Test
    void branchedNetworksAreReportedUnsupported() throws Exception {
        Graph g = Analyzer.analyze(Templates.text("resnet18"), AnalysisOptions.defaults().with("size", 32)).graph();
        VarianceSample s = ComputeServices.started().sampleVariance(ModelGraphs.fromAnalysis(g).spec(),
                ModelGraphs.init(InitScheme.HE_NORMAL, 1), 8, 1);
        assertFalse(s.supported());
        assertTrue(s.unsupported().contains("branches"), s.unsupported());
    }

    @Test
    void convolutionalChainsSampleWithBatchNormAtOne() throws Exception {
        Graph g = Analyzer.analyze(Templates.text("pool-upsample-net"), AnalysisOptions.defaults()).graph();
        VarianceSample s = ComputeServices.started().sampleVariance(ModelGraphs.fromAnalysis(g).spec(),
                ModelGraphs.init(InitScheme.HE_NORMAL, 1), 64, 3);
        assertTrue(s.supported(), s.unsupported());
        List<VarianceRow> theory = InitVariance.propagate(g, new InitVariance.Init(InitScheme.HE_NORMAL, 1), 1, 1);
        assertEquals(theory.stream().map(VarianceRow::name).toList(), s.rows().stream().map(VarianceSample.Row::name).toList());
        // batch norm with the batch's statistics gives every channel mean 0 and variance var/(var+eps): E[x²] = 1
        for (String bn : List.of("bn1", "bn2", "bn3", "bn4")) {
            assertEquals(1.0, s.row(bn).forward(), 0.01, bn);
        }
        // conv1: 9 inputs per output with He, theory 2; 288 weights give the realised gain ±8 %, the zero-padded
        // border of the 32x32 map has fewer inputs (-6 %)
        assertEquals(theory.get(1).forward(), s.row("conv1").forward(), 0.3 * theory.get(1).forward());
        assertEquals(1.0, s.rows().get(s.rows().size() - 1).gradient(), 0.05);
    }
}
