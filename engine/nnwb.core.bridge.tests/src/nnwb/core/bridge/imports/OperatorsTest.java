package nnwb.core.bridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nnwb.core.bridge.Fixtures;
import nnwb.core.bridge.onnx.OnnxLimits;
import nnwb.core.bridge.onnx.OnnxReader;
import org.junit.jupiter.api.Test;

/** The operators no torchvision classifier uses, as PyTorch 1.13 exports them, and the one clear line for the rest. */
class OperatorsTest {

    private static ImportResult imported(String fixture) throws Exception {
        return OnnxImport.convert(OnnxReader.read(Fixtures.bytes(fixture + ".onnx"), OnnxLimits.DEFAULT), fixture, fixture + ".onnx");
    }

    private static List<String> lines(ImportResult r) {
        return r.nnet().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    @Test
    void geluPaddedCeilPoolingUpsamplingTransposedConvolutionAndABiasFreeLinearLayer() throws Exception {
        assertEquals(List.of(
                "network ops_net",
                "input channels=3 size=32",
                "conv: conv 8 3 padding=1",
                "gelu: gelu",
                "pool: avgpool 3 stride=2 padding=1 ceil_mode=true",
                "up: upsample 2",
                "deconv: convt 4 3 stride=2 padding=1 output_padding=1",
                "tanh: tanh",
                "mp: maxpool 2 stride=2 ceil_mode=true",
                "leaky: leaky_relu slope=0.1",
                "reshape: flatten",
                "fc: fc 10 bias=false",
                "soft: softmax"), lines(imported("ops_net")));
    }

    @Test
    void theFusedPatternsListTheirNodes() throws Exception {
        ImportedLayer gelu = imported("ops_net").layers().get(1);
        assertEquals(List.of("Div", "Erf", "Add", "Mul", "Mul"), gelu.onnxOps());
        assertEquals("/gelu/Mul_1", gelu.onnxNodes().get(4));
    }

    @Test
    void oldOpsetsWriteClipWithAttributesAndLinearLayersAsGemm() throws Exception {
        List<String> expected = List.of("input features=20", "fc1: fc 16", "act1: sigmoid", "fc2: fc 8", "act2: relu6", "fc3: fc 3");
        assertEquals(expected, lines(imported("small_mlp_opset9")).subList(1, 7));
        assertEquals(expected, lines(imported("small_mlp_opset17")).subList(1, 7));
    }

    @Test
    void aChannelShuffleNamesTheNodeAndItsOperator() {
        ImportException e = assertThrows(ImportException.class, () -> imported("channel_shuffle"));
        // the first node .nnet cannot express: the view to (n, groups, c / groups, h, w) before the transpose
        assertEquals("node '/Reshape' (Reshape): only a reshape to (batch, features), a flatten, has a .nnet kind", e.getMessage());
    }
}
