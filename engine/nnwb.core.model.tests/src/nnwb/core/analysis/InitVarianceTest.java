package nnwb.core.analysis;

import nnwb.core.graph.Graph;
import nnwb.core.cost.InitScheme;
import nnwb.core.cost.InitVariance;
import nnwb.core.cost.VarianceRow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Variance of activations and gradients at initialisation, by the closed forms of the theory. */
class InitVarianceTest {

    private static Graph graph(String text, AnalysisOptions o) {
        AnalysisReport r = Analyzer.analyze(text, o);
        assertTrue(!r.hasErrors(), r.findings().toString());
        return r.graph();
    }

    private static final String DEEP_RELU = "input features=256\nblock l\n  fc 256 bias=false\n  relu\nend\nl repeat=10\n";

    @Test
    void heKeepsReluNetworksAtConstantVariance() {
        List<VarianceRow> rows = InitVariance.propagate(graph(DEEP_RELU, AnalysisOptions.defaults()), new InitVariance.Init(InitScheme.HE_NORMAL, 0), 1, 1);
        for (VarianceRow r : rows) {
            if (r.type().equals("fc")) {
                // the first layer doubles the unit input (2/fan_in times fan_in); every ReLU halves, every layer doubles again
                assertEquals(2.0, r.forward(), 1e-9, r.name());
                assertEquals(2.0 / 256, r.weightVariance(), 1e-15);
            }
        }
    }

    @Test
    void xavierHalvesPerReluLayer() {
        List<VarianceRow> rows = InitVariance.propagate(graph(DEEP_RELU, AnalysisOptions.defaults()), new InitVariance.Init(InitScheme.XAVIER_UNIFORM, 0), 1, 1);
        List<VarianceRow> fcs = rows.stream().filter(r -> r.type().equals("fc")).toList();
        for (int i = 0; i < fcs.size(); i++) {
            assertEquals(Math.pow(0.5, i), fcs.get(i).forward(), 1e-12);
        }
    }

    @Test
    void unitNormalTimesOneOverRootFanInRecoversTheLinearScale() {
        String linear = "input features=64\nblock l\n  fc 64 bias=false\nend\nl repeat=6\n";
        double c = 1 / Math.sqrt(64);
        List<VarianceRow> rows = InitVariance.propagate(graph(linear, AnalysisOptions.defaults()), new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, c), 2, 3);
        for (VarianceRow r : rows) {
            assertEquals(2.0, r.forward(), 1e-12, r.name());
            assertEquals(3.0, r.gradient(), 1e-12, r.name());
        }
        List<VarianceRow> raw = InitVariance.propagate(graph(linear, AnalysisOptions.defaults()), new InitVariance.Init(InitScheme.UNIT_NORMAL_SCALED, 1), 1, 1);
        assertEquals(Math.pow(64, 6), raw.get(raw.size() - 1).forward(), 1e-3);
        assertEquals(Math.pow(64, 6), raw.get(0).gradient(), 1e-3);
    }

    @Test
    void gradientsScaleWithFanOut() {
        List<VarianceRow> rows = InitVariance.propagate(graph("input features=10\na: fc 40 bias=false\nb: fc 5 bias=false\n", AnalysisOptions.defaults()),
                new InitVariance.Init(InitScheme.LECUN_NORMAL, 0), 1, 1);
        assertEquals(1.0, rows.get(2).gradient());
        assertEquals(5 * (1.0 / 40), rows.get(1).gradient(), 1e-12);
        assertEquals(40 * (1.0 / 10) * rows.get(1).gradient(), rows.get(0).gradient(), 1e-12);
        assertEquals(40, rows.get(1).fanIn() * 4, 1e-12);
    }

    @Test
    void convolutionFansIncludeTheKernelAndBatchNormResets() {
        List<VarianceRow> rows = InitVariance.propagate(graph("input channels=3 size=8\nc: conv 16 3 padding=1\nb: bn\n", AnalysisOptions.defaults()),
                new InitVariance.Init(InitScheme.HE_UNIFORM, 0), 5, 1);
        assertEquals(27, rows.get(1).fanIn(), 1e-12);
        assertEquals(144, rows.get(1).fanOut(), 1e-12);
        assertEquals(2.0 / 27 * 27 * 5, rows.get(1).forward(), 1e-12);
        assertEquals(1.0, rows.get(2).forward());
        assertEquals(Math.sqrt(6.0 / 27), InitScheme.HE_UNIFORM.uniformBound(27, 144, 0), 1e-12);
        assertEquals(0.25 / 3, InitScheme.UNIFORM.weightVariance(1, 1, 0.5), 1e-15);
    }

    @Test
    void residualAddSumsVariances() {
        List<VarianceRow> rows = InitVariance.propagate(graph("input features=8\na: fc 8 bias=false\ns: add a input\n", AnalysisOptions.defaults()),
                new InitVariance.Init(InitScheme.LECUN_NORMAL, 0), 1, 1);
        assertEquals(2.0, rows.get(2).forward(), 1e-12);
        assertEquals(2.0, rows.get(0).gradient(), 1e-12);
    }

    @Test
    void symbolicNetworksAreRefused() {
        Graph g = graph("symbol K\ninput features=K\nfc K\n", AnalysisOptions.symbolicMode());
        assertThrows(IllegalArgumentException.class, () -> InitVariance.propagate(g, new InitVariance.Init(InitScheme.HE_NORMAL, 0), 1, 1));
    }
}
