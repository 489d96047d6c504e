package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nnwb.compute.graph.GraphMapping;
import nnwb.compute.graph.ParameterCount;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.analysis.LayerRow;
import nnwb.core.templates.Templates;
import nnwb.test.harness.ComputeServices;
import nnwb.model.compute.ModelGraphs;

/**
 * Every bundled template, with its default symbol values, built as a DL4J ComputationGraph configuration by the
 * running service: DL4J's own parameter count equals the engine's parameters plus buffers (DL4J counts batch
 * norm's running mean and variance as parameters), in total and layer by layer.
 */
class TemplateParameterTest {

    /** Templates DL4J 1.0.0-M2.1 cannot build, with the word its reason must contain. */
    static final java.util.Map<String, String> UNBUILDABLE = java.util.Map.of(
            "googlenet", "ceil_mode",
            "resnext50_32x4d", "groups",
            "mobilenet_v2", "groups",
            "mobilenet_v3_large", "groups",
            "mobilenet_v3_small", "groups",
            "efficientnet_b0", "groups",
            "mnasnet0_5", "groups",
            "regnet_y_400mf", "groups");

    static List<String> templates() {
        return Templates.names().stream().filter(t -> !UNBUILDABLE.containsKey(t)).toList();
    }

    @Test
    void templatesDl4jCannotBuildSayWhy() {
        UNBUILDABLE.forEach((template, why) -> {
            GraphMapping m = ModelGraphs.fromAnalysis(analysed(template).graph());
            assertFalse(m.supported(), template);
            assertTrue(m.reason().contains(why), template + ": " + m.reason());
        });
    }

    static AnalysisReport analysed(String template) {
        AnalysisReport r = Analyzer.analyze(Templates.text(template), AnalysisOptions.defaults());
        assertFalse(r.hasErrors(), template + ": " + r.firstError());
        return r;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void dl4jCountsWhatTheEngineCounts(String template) throws Exception {
        AnalysisReport r = analysed(template);
        GraphMapping m = ModelGraphs.fromAnalysis(r.graph());
        assertTrue(m.supported(), template + " cannot be built in DL4J: " + m.reason());
        ParameterCount dl4j = ComputeServices.started().parameterCount(m.spec());
        long engine = r.totals().params().add(r.totals().buffers()).longValue();
        assertEquals(engine, dl4j.total(), template + ": engine params + buffers against DL4J");
        for (LayerRow row : r.rows()) {
            if (!row.node().isInput()) {
                long e = row.params().add(row.cost().buffers()).longValue();
                assertEquals(e, dl4j.of(row.name()), template + " layer " + row.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void dl4jInfersTheEngineShapes(String template) throws Exception {
        ComputeServices.started();
        nnwb.compute.graph.GraphSpec spec = spec(template);
        nnwb.compute.dl4j.graph.Dl4jGraph g = nnwb.compute.dl4j.graph.GraphConfigs.build(spec,
                org.deeplearning4j.nn.weights.WeightInit.XAVIER.getWeightInitFunction(), 0, false);
        java.util.Map<String, org.deeplearning4j.nn.conf.inputs.InputType> types = g.conf()
                .getLayerActivationTypes(nnwb.compute.dl4j.graph.GraphConfigs.inputType(spec.input()));
        for (nnwb.compute.graph.GraphNode n : spec.nodes()) {
            org.deeplearning4j.nn.conf.inputs.InputType t = types.get(g.outputOf().get(n.name()));
            String what = template + " " + n.name() + ": engine " + n.outputShape() + ", DL4J " + t;
            if (t instanceof org.deeplearning4j.nn.conf.inputs.InputType.InputTypeConvolutional c) {
                assertEquals(List.of((long) n.outputShape().channels(), (long) n.outputShape().height(), (long) n.outputShape().width()),
                        List.of(c.getChannels(), c.getHeight(), c.getWidth()), what);
            } else {
                assertTrue(n.outputShape().isVector(), what);
                assertEquals(n.outputShape().elements(), t.arrayElementsPerExample(), what);
            }
        }
    }

    @Test
    void knownTotalsComeOutOfDl4j() throws Exception {
        // torchvision: VGG-16 138,357,544 parameters (no buffers); ResNet-18 11,689,512 parameters and
        // 64 + 4*64 + 5*128 + 5*256 + 5*512 = 4,800 batch-norm channels, i.e. 9,600 running statistics
        assertEquals(138_357_544L, ComputeServices.started().parameterCount(spec("vgg16")).total());
        assertEquals(11_689_512L + 9_600L, ComputeServices.started().parameterCount(spec("resnet18")).total());
        // torchvision squeezenet1_1: 1,235,496 parameters, no batch norm
        assertEquals(1_235_496L, ComputeServices.started().parameterCount(spec("squeezenet1_1")).total());
    }

    @Test
    void resnet152CountsWithoutAllocating() throws Exception {
        ComputeServices.started().parameterCount(spec("resnet50"));
        long t0 = System.nanoTime();
        ParameterCount c = ComputeServices.started().parameterCount(spec("resnet152"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        // 60,192,808 trainable in torchvision; allocating them as FLOAT would take 240 MB and far longer
        assertTrue(c.total() > 60_192_808L, "" + c.total());
        assertTrue(seconds < 5, "ResNet-152 configuration took " + seconds + " s");
    }

    private static nnwb.compute.graph.GraphSpec spec(String template) {
        return ModelGraphs.fromAnalysis(analysed(template).graph()).spec();
    }
}
