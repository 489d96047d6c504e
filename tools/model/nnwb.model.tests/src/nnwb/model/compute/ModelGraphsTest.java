package nnwb.model.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.compute.graph.Axes;
import nnwb.compute.graph.GraphMapping;
import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphOp;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.TensorShape;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.templates.Templates;

/** The mapper from the engine's graph to a GraphSpec, without DL4J: what each layer becomes, and what is refused. */
class ModelGraphsTest {

    private static GraphMapping map(String text) {
        return ModelGraphs.fromAnalysis(Analyzer.analyze(text, AnalysisOptions.defaults()).graph());
    }

    @Test
    void edgeCnnBecomesAChainOfConvPoolFlattenDense() {
        GraphSpec s = map(Templates.text("edge-cnn")).spec();
        assertEquals(TensorShape.image(1, 28, 28), s.input());
        assertTrue(s.isChain());
        List<GraphNode> n = s.nodes();
        assertEquals(6, n.size());
        Axes one = Axes.square(1);
        assertEquals(new GraphOp.Conv(10, Axes.square(3), one, one, one, one, true), n.get(0).op());
        assertEquals(TensorShape.image(10, 28, 28), n.get(0).outputShape());
        assertEquals(new GraphOp.Pool(GraphOp.PoolType.MAX, Axes.square(2), Axes.square(2), Axes.square(0), Axes.square(0), one),
                n.get(1).op());
        assertInstanceOf(GraphOp.Flatten.class, n.get(4).op());
        assertEquals(new GraphOp.Dense(3, true), n.get(5).op());
        assertEquals(TensorShape.vector(3), s.output().outputShape());
    }

    @Test
    void resnetAddsReadTheirTwoBranches() {
        GraphSpec s = map(Templates.text("resnet18")).spec();
        assertFalse(s.isChain());
        GraphNode sum = s.nodes().stream().filter(x -> x.name().equals("layer2.0.sum")).findFirst().orElseThrow();
        assertEquals(List.of("layer2.0.bn2", "layer2.0.downsample.1"), sum.inputs());
        assertInstanceOf(GraphOp.Add.class, sum.op());
        GraphNode conv1 = s.nodes().get(0);
        assertFalse(((GraphOp.Conv) conv1.op()).bias());
        // adaptive_avgpool 1 is a global average
        assertInstanceOf(GraphOp.GlobalAvgPool.class, s.nodes().stream().filter(x -> x.name().equals("avgpool")).findFirst()
                .orElseThrow().op());
    }

    @Test
    void transposedConvolutionKeepsPaddingAndOutputPadding() {
        GraphSpec s = map(Templates.text("conv-transpose-net")).spec();
        GraphNode t = s.nodes().stream().filter(x -> x.name().equals("convt3")).findFirst().orElseThrow();
        assertEquals(new GraphOp.TransposedConv(32, Axes.square(3), Axes.square(2), Axes.square(1), Axes.square(1),
                Axes.square(1), Axes.square(1), true), t.op());
        assertEquals(TensorShape.image(32, 16, 16), t.outputShape());
    }

    @Test
    void samePaddingWithAnEvenKernelIsAsymmetricAnd1dRunsWithHeightOne() {
        GraphSpec s = map("input channels=2 size=10x10\nconv 4 4 padding=same\n").spec();
        GraphOp.Conv c = (GraphOp.Conv) s.nodes().get(0).op();
        assertEquals(Axes.square(1), c.padBefore());
        assertEquals(Axes.square(2), c.padAfter());
        GraphSpec d = map("input channels=3 length=20\nconv1d 8 5 stride=2\n").spec();
        assertEquals(new TensorShape(3, 1, 20, 1), d.input());
        assertEquals(new Axes(1, 5), ((GraphOp.Conv) d.nodes().get(0).op()).kernel());
        assertEquals(new TensorShape(8, 1, 8, 1), d.output().outputShape());
    }

    @Test
    void adaptivePoolingThatTilesBecomesAnAveragePool() {
        GraphSpec s = map("input channels=3 size=8\nadaptive_avgpool 2\n").spec();
        assertEquals(new GraphOp.Pool(GraphOp.PoolType.AVG, Axes.square(4), Axes.square(4), Axes.square(0), Axes.square(0),
                Axes.square(1)), s.nodes().get(0).op());
    }

    @Test
    void whatDl4jCannotExpressIsReportedNotThrown() {
        GraphMapping groups = map("input channels=4 size=8\nconv 8 3 groups=2\n");
        assertNull(groups.spec());
        assertTrue(groups.reason().contains("groups=2"), groups.reason());
        GraphMapping circular = map("input channels=1 size=8\nconv 2 3 padding=1 padding_mode=circular\nconv 2 3 padding=1 padding_mode=reflect\n");
        assertEquals(2, circular.unsupported().size(), circular.reason());
        assertTrue(circular.reason().contains("circular") && circular.reason().contains("reflect"), circular.reason());
        GraphMapping uneven = map("input channels=1 size=7\nadaptive_avgpool 2\n");
        assertTrue(uneven.reason().contains("unequal windows"), uneven.reason());
        GraphMapping extend = map("input channels=1 size=4\nconvt 1 2 stride=2 output_padding=1\n");
        assertTrue(extend.reason().contains("output_padding"), extend.reason());
        GraphMapping symbolic = ModelGraphs.fromAnalysis(Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.symbolicMode())
                .graph());
        assertFalse(symbolic.supported());
        assertTrue(symbolic.reason().contains("symbol"), symbolic.reason());
    }
}
