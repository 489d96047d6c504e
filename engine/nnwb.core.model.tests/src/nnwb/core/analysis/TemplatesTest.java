package nnwb.core.analysis;

import nnwb.core.graph.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled template against torchvision's published parameter counts and
 * against an independent closed-form count of the same architecture.
 */
class TemplatesTest {

    private static AnalysisReport analyze(String template, AnalysisOptions o) {
        AnalysisReport r = Analyzer.analyze(Templates.text(template), o);
        assertFalse(r.hasErrors(), template + ": " + r.findings());
        return r;
    }

    private static long convFcMacs(AnalysisReport r) {
        Poly sum = Poly.ZERO;
        for (LayerRow row : r.rows()) {
            if (!row.node().isInput() && (row.node().kind() == LayerKind.CONV || row.node().kind() == LayerKind.FC)) {
                sum = sum.add(row.macs().multiply(row.multiplier()));
            }
        }
        return sum.longValue();
    }

    static List<String> names() {
        return Templates.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyTemplateAnalysesWithoutFindings(String name) {
        AnalysisReport r = analyze(name, AnalysisOptions.defaults());
        if (name.equals("squeezenet1_1")) {
            // torchvision's SqueezeNet 1.1 really drops the last row and column at 224: 3x3, stride 2, no padding
            assertEquals(1, r.findings().size(), r.findings().toString());
            assertTrue(r.findings().get(0).message().startsWith("conv1: stride 2 does not divide 221 evenly"));
        } else {
            assertTrue(r.findings().isEmpty(), name + ": " + r.findings());
        }
        assertFalse(r.symbolic());
        assertFalse(Templates.description(name).isBlank());
    }

    @ParameterizedTest
    @CsvSource({"resnet18,11689512", "resnet34,21797672", "resnet50,25557032", "resnet101,44549160", "resnet152,60192808",
            "vgg16,138357544", "lenet5,61706"})
    void parameterCountsAreTorchvisions(String name, long params) {
        assertEquals(Poly.of(params), analyze(name, AnalysisOptions.defaults()).totals().params());
    }

    /**
     * Every template that is a torchvision model has torchvision's parameter count, as PyTorch recorded it: the
     * {@code params} column of {@code pytorch-measured.csv} ({@code releng/bench/pytorch_memory.py} builds each with
     * {@code torchvision.models}) is float32 bytes, four per parameter.
     */
    @Test
    void torchvisionTemplatesHaveTheParameterCountPyTorchRecorded() throws java.io.IOException {
        List<String> lines;
        try (java.io.InputStream in = TemplatesTest.class.getResourceAsStream("/nnwb/core/memory/pytorch-measured.csv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> header = List.of(lines.get(0).split(","));
        Set<String> torchvision = Set.of("alexnet", "vgg11", "vgg11_bn", "vgg13", "vgg13_bn", "vgg16", "vgg16_bn", "vgg19", "vgg19_bn",
                "resnet18", "resnet34", "resnet50", "resnet101", "resnet152", "resnext50_32x4d", "wide_resnet50_2", "googlenet",
                "squeezenet1_1", "mobilenet_v2", "mobilenet_v3_large", "mobilenet_v3_small", "efficientnet_b0", "densenet121", "mnasnet0_5", "regnet_y_400mf");
        java.util.Map<String, Long> recorded = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            recorded.put(c[0], Long.parseLong(c[header.indexOf("params")]) / 4);
        }
        for (String name : torchvision) {
            assertTrue(Templates.exists(name), name);
            assertTrue(recorded.containsKey(name), name + " has no row in pytorch-measured.csv");
            assertEquals(Poly.of(recorded.get(name)), analyze(name, AnalysisOptions.defaults()).totals().params(), name);
        }
    }

    /** torchvision's ResNet built by loops: params and conv/fc multiply-accumulates. */
    private static long[] resnet(int[] blocks, boolean bottleneck, long classes, long size) {
        long params = 3 * 64 * 49 + 2 * 64;
        long s = (size + 6 - 7) / 2 + 1;
        long macs = s * s * 64 * 3 * 49;
        s = (s + 2 - 3) / 2 + 1;
        long in = 64;
        long[] planes = {64, 128, 256, 512};
        for (int i = 0; i < 4; i++) {
            long p = planes[i];
            for (int b = 0; b < blocks[i]; b++) {
                long stride = b == 0 && i > 0 ? 2 : 1;
                long o = (s + 2 - 3) / stride + 1;
                long out = bottleneck ? 4 * p : p;
                if (bottleneck) {
                    params += in * p + 2 * p + p * p * 9 + 2 * p + p * out + 2 * out;
                    macs += s * s * p * in + o * o * p * p * 9 + o * o * out * p;
                } else {
                    params += in * p * 9 + 2 * p + p * p * 9 + 2 * p;
                    macs += o * o * p * in * 9 + o * o * p * p * 9;
                }
                if (stride != 1 || in != out) {
                    params += in * out + 2 * out;
                    macs += o * o * out * in;
                }
                in = out;
                s = o;
            }
        }
        return new long[] {params + in * classes + classes, macs + in * classes};
    }

    @ParameterizedTest
    @CsvSource({"resnet18,false,2,2,2,2", "resnet34,false,3,4,6,3", "resnet50,true,3,4,6,3", "resnet101,true,3,4,23,3",
            "resnet152,true,3,8,36,3"})
    void resnetsMatchTheClosedFormAtAnySizeAndClassCount(String name, boolean bottleneck, int b1, int b2, int b3, int b4) {
        int[] blocks = {b1, b2, b3, b4};
        for (long[] cfg : new long[][] {{1000, 224}, {10, 32}}) {
            AnalysisReport r = analyze(name, AnalysisOptions.defaults().with("classes", cfg[0]).with("size", cfg[1]));
            long[] expected = resnet(blocks, bottleneck, cfg[0], cfg[1]);
            assertEquals(Poly.of(expected[0]), r.totals().params(), name + " " + cfg[1]);
            assertEquals(expected[1], convFcMacs(r), name + " " + cfg[1]);
            assertEquals(Shape.vector(Poly.of(cfg[0])), r.graph().output().outputShape());
        }
    }

    @Test
    void resnetForwardCostsAreTheFamiliarGigaMacs() {
        assertEquals(1.81, convFcMacs(analyze("resnet18", AnalysisOptions.defaults())) / 1e9, 0.01);
        assertEquals(4.09, convFcMacs(analyze("resnet50", AnalysisOptions.defaults())) / 1e9, 0.01);
        assertEquals(11.51, convFcMacs(analyze("resnet152", AnalysisOptions.defaults())) / 1e9, 0.01);
    }

    @Test
    void resnet152WithATenClassHeadForCifar() {
        AnalysisReport r = analyze("resnet152", AnalysisOptions.defaults().with("classes", 10).with("size", 32));
        assertEquals(Poly.of(60_192_808L - 2049L * 1000 + 2049L * 10), r.totals().params());
        assertEquals(Poly.of(58_164_298L * 4), r.memory().params().multiply(4));
        assertEquals("layer4.2.relu", r.rows().get(r.rows().size() - 4).name());
        assertEquals(List.of(Poly.ONE, Poly.ONE), r.row("layer4.2.relu").outputShape().spatial());
    }

    @Test
    void resnetNamesFollowTorchvision() {
        AnalysisReport r = analyze("resnet50", AnalysisOptions.defaults());
        Set<String> names = Set.copyOf(r.rows().stream().map(LayerRow::name).toList());
        assertTrue(names.containsAll(List.of("conv1", "bn1", "maxpool", "layer1.0.conv1", "layer1.0.downsample.0", "layer3.5.conv3",
                "layer4.2.bn3", "avgpool", "fc")), names.toString());
        assertFalse(names.contains("layer1.1.downsample.0"));
        assertEquals(List.of(2048L, 7L, 7L), List.of(r.row("layer4.2.relu").outputShape().channels().longValue(),
                r.row("layer4.2.relu").outputShape().spatial().get(0).longValue(), r.row("layer4.2.relu").outputShape().spatial().get(1).longValue()));
        assertFalse(r.row("conv1").node().params().bias());
    }

    @Test
    void vgg16ClosedForm() {
        long[][] cfg = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        long in = 3;
        long s = 224;
        long params = 0;
        long macs = 0;
        for (long[] stage : cfg) {
            for (int i = 0; i < stage[1]; i++) {
                params += in * stage[0] * 9 + stage[0];
                macs += s * s * stage[0] * in * 9;
                in = stage[0];
            }
            s /= 2;
        }
        long[] fc = {512 * 7 * 7, 4096, 4096, 1000};
        for (int i = 0; i + 1 < fc.length; i++) {
            params += fc[i] * fc[i + 1] + fc[i + 1];
            macs += fc[i] * fc[i + 1];
        }
        AnalysisReport r = analyze("vgg16", AnalysisOptions.defaults());
        assertEquals(Poly.of(params), r.totals().params());
        assertEquals(macs, convFcMacs(r));
    }

    @Test
    void lenet5ClassicSizes() {
        AnalysisReport r = analyze("lenet5", AnalysisOptions.defaults());
        long params = (25 + 1) * 6 + (6 * 25 + 1) * 16 + (16 * 25 + 1) * 120 + (120 + 1) * 84 + (84 + 1) * 10;
        assertEquals(Poly.of(params), r.totals().params());
        assertEquals(List.of(6L, 28L, 28L), shape(r, "c1"));
        assertEquals(List.of(16L, 5L, 5L), shape(r, "s4"));
        assertEquals(List.of(120L, 1L, 1L), shape(r, "c5"));
    }

    @Test
    void mlpDefaults() {
        AnalysisReport r = analyze("mlp", AnalysisOptions.defaults().withBatch(4));
        assertEquals(Poly.of(100 * 100 * 3), r.totals().params());
        assertEquals(Poly.of(4 * 100 * 100 * 3), r.totals().macs());
        assertEquals("layer.2.relu", r.graph().output().name());
    }

    @Test
    void unknownTemplateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Templates.text("resnet9"));
        assertEquals(30, Templates.names().size());
    }

    private static List<Long> shape(AnalysisReport r, String layer) {
        Shape s = r.row(layer).outputShape();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(s.channels()), s.spatial().stream()).map(Poly::longValue).toList();
    }
}
