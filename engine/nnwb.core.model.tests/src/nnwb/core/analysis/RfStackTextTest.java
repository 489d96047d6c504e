package nnwb.core.analysis;

import nnwb.core.graph.Graph;
import nnwb.core.cost.RfStackText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nnwb.core.conv.RfReport;
import nnwb.core.conv.RfStack;
import nnwb.core.templates.Templates;

class RfStackTextTest {

    private static Graph graph(String template) {
        return Analyzer.analyze(Templates.text(template), AnalysisOptions.defaults()).graph();
    }

    @Test
    void edgeCnnBecomesItsConvAndPoolLayersAndStopsAtFlatten() {
        RfStackText.Result r = RfStackText.of(graph("edge-cnn"));
        assertEquals("k3s1p1, k2s2, k3s1p1, k2s2", r.text());
        assertTrue(r.note().contains("flatten"), r.note());
        // 1 + 2 = 3, + 1*1 = 4, + 2*2 = 8, + 1*2 = 10 (jump 4)
        assertEquals(10.0, RfStack.compute(r.text()).receptiveField());
    }

    @Test
    void resnetBlocksBecomeParallelPathsWithASkip() {
        RfStackText.Result r = RfStackText.of(graph("resnet18"));
        assertTrue(r.text().startsWith("k7s2p3, k3s2p1, (k3s1p1, k3s1p1 | ), (k3s1p1, k3s1p1 | )"), r.text());
        assertTrue(r.text().contains("(k3s2p1, k3s1p1 | k1s2)"), r.text());
        RfReport stack = RfStack.compute(r.text());
        assertTrue(stack.valid(), stack.problems().toString());
        // the analysis engine's own receptive field of the last layer before global pooling must agree
        AnalysisReport a = Analyzer.analyze(Templates.text("resnet18"), AnalysisOptions.defaults());
        LayerRow beforePool = a.rows().get(a.rows().size() - 4);
        assertEquals(beforePool.receptiveField().size().get(0).longValue(), Math.round(stack.receptiveField()),
                beforePool.name());
    }

    @Test
    void plainMlpHasNoStack() {
        RfStackText.Result r = RfStackText.of(graph("mlp"));
        assertEquals("", r.text());
        assertTrue(r.note() != null);
        RfStackText.Result up = RfStackText.of(graph("pool-upsample-net"));
        assertTrue(up.note().contains("upsampling"), up.note());
        assertTrue(up.text().startsWith("k3s1p1, k2s2"), up.text());
    }
}
