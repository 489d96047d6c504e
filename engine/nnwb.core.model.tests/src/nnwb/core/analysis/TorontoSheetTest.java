package nnwb.core.analysis;

import nnwb.core.graph.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The colourisation networks of the Toronto assignment: weights, outputs and
 * connections as formulas in NIC, NF, NC and kernel (biases and batch norm
 * left out, as the sheet allows), the effect of doubling the input, and the
 * paddings other kernel sizes need.
 */
class TorontoSheetTest {

    private static final Poly NIC = Poly.var("NIC");
    private static final Poly NF = Poly.var("NF");
    private static final Poly NC = Poly.var("NC");
    private static final Poly K2 = Poly.var("kernel").pow(2);

    private static AnalysisReport symbolic(String template, long size) {
        AnalysisReport r = Analyzer.analyze(Templates.text(template), AnalysisOptions.symbolicMode().with("size", size).withBatch(1));
        assertFalse(r.hasErrors(), r.findings().toString());
        return r;
    }

    /** Sums of the convolution layers: {weights, output values, connections}. */
    private static Poly[] convSums(AnalysisReport r) {
        Poly w = Poly.ZERO;
        Poly out = Poly.ZERO;
        Poly conn = Poly.ZERO;
        for (LayerRow row : r.rows()) {
            LayerKind k = row.node().kind();
            if (k == LayerKind.CONV || k == LayerKind.CONV_TRANSPOSE) {
                w = w.add(row.cost().weights());
                out = out.add(row.outputValues());
                conn = conn.add(row.macs());
            }
        }
        return new Poly[] {w, out, conn};
    }

    private static Poly sq(long s) {
        return Poly.of(s * s);
    }

    @Test
    void poolUpsampleNetFormulas() {
        Poly[] s = convSums(symbolic("pool-upsample-net", 32));
        Poly weights = K2.multiply(NIC.multiply(NF).add(NF.multiply(NF).multiply(4)).add(NF.multiply(NC)).add(NC.multiply(NC)));
        assertEquals(weights, s[0]);
        Poly outputs = NF.multiply(sq(32)).add(NF.multiply(2).multiply(sq(16))).add(NF.multiply(sq(8))).add(NC.multiply(sq(16)))
                .add(NC.multiply(sq(32)));
        assertEquals(outputs, s[1]);
        Poly connections = K2.multiply(NIC.multiply(NF).multiply(sq(32)).add(NF.multiply(NF).multiply(2).multiply(sq(16)))
                .add(NF.multiply(NF).multiply(2).multiply(sq(8))).add(NF.multiply(NC).multiply(sq(16))).add(NC.multiply(NC).multiply(sq(32))));
        assertEquals(connections, s[2]);
        assertEquals("NIC·NF·kernel² + 4·NF²·kernel² + NF·NC·kernel² + NC²·kernel²",
                symbolic("pool-upsample-net", 32).format().format(s[0]));
    }

    @Test
    void doublingTheInputKeepsWeightsAndQuadruplesOutputsAndConnections() {
        for (String t : List.of("pool-upsample-net", "conv-transpose-net")) {
            Poly[] a = convSums(Analyzer.analyze(Templates.text(t), AnalysisOptions.symbolicMode().with("size", 32).with("kernel", 3).withBatch(1)));
            Poly[] b = convSums(Analyzer.analyze(Templates.text(t), AnalysisOptions.symbolicMode().with("size", 64).with("kernel", 3).withBatch(1)));
            assertEquals(a[0], b[0], t);
            assertEquals(a[1].multiply(4), b[1], t);
            assertEquals(a[2].multiply(4), b[2], t);
        }
    }

    @Test
    void convTransposeNetFormulasWithKernel3() {
        AnalysisReport r = Analyzer.analyze(Templates.text("conv-transpose-net"), AnalysisOptions.symbolicMode().with("size", 32).with("kernel", 3)
                .withBatch(1));
        assertFalse(r.hasErrors(), r.findings().toString());
        Poly[] s = convSums(r);
        Poly nine = Poly.of(9);
        assertEquals(nine.multiply(NIC.multiply(NF).add(NF.multiply(NF).multiply(4)).add(NF.multiply(NC)).add(NC.multiply(NC))), s[0]);
        Poly connections = nine.multiply(sq(16).multiply(NF).multiply(NIC)
                .add(sq(8).multiply(NF.multiply(2)).multiply(NF))
                .add(sq(8).multiply(NF.multiply(2)).multiply(NF))
                .add(sq(16).multiply(NF).multiply(NC))
                .add(sq(32).multiply(NC).multiply(NC)));
        assertEquals(connections, s[2]);
        assertEquals(new Shape(NC, List.of(Poly.of(32), Poly.of(32))), r.graph().output().outputShape());
    }

    private static List<Poly> spatial(AnalysisReport r, String layer) {
        return r.row(layer).outputShape().spatial();
    }

    @Test
    void otherKernelSizesNeedOtherPaddings() {
        String text = Templates.text("conv-transpose-net");
        AnalysisReport k5 = Analyzer.analyze(text, AnalysisOptions.defaults().with("kernel", 5));
        assertEquals(List.of(Poly.of(15), Poly.of(15)), spatial(k5, "conv1"));
        assertNotEquals(List.of(Poly.of(32), Poly.of(32)), k5.graph().output().outputShape().spatial());
        String fixed5 = text.replace("stride=2 padding=1\n", "stride=2 padding=2\n").replace("padding=1 output_padding=1", "padding=2 output_padding=1");
        AnalysisReport r5 = Analyzer.analyze(fixed5, AnalysisOptions.defaults().with("kernel", 5));
        assertFalse(r5.hasErrors(), r5.findings().toString());
        assertEquals(List.of(Poly.of(16), Poly.of(16)), spatial(r5, "conv1"));
        assertEquals(List.of(Poly.of(8), Poly.of(8)), spatial(r5, "conv2"));
        assertEquals(List.of(Poly.of(16), Poly.of(16)), spatial(r5, "convt3"));
        assertEquals(List.of(Poly.of(32), Poly.of(32)), spatial(r5, "conv5"));
        String fixed4 = text.replace("padding=1 output_padding=1", "padding=1 output_padding=0").replace("padding=kernel//2", "padding=same");
        AnalysisReport r4 = Analyzer.analyze(fixed4, AnalysisOptions.defaults().with("kernel", 4));
        assertFalse(r4.hasErrors(), r4.findings().toString());
        assertEquals(List.of(Poly.of(16), Poly.of(16)), spatial(r4, "conv1"));
        assertEquals(List.of(Poly.of(32), Poly.of(32)), spatial(r4, "convt4"));
        assertEquals(List.of(Poly.of(32), Poly.of(32)), spatial(r4, "conv5"));
    }

    @Test
    void oddKernelSymbolKeepsSpatialSizesExact() {
        AnalysisReport r = symbolic("pool-upsample-net", 32);
        assertEquals(List.of(Poly.of(32), Poly.of(32)), spatial(r, "conv1"));
        assertEquals(List.of(Poly.of(8), Poly.of(8)), spatial(r, "conv3"));
        assertEquals(new Shape(NC, List.of(Poly.of(32), Poly.of(32))), r.graph().output().outputShape());
        assertEquals(Poly.parse("(kernel - 1)/2"), r.row("conv1").node().params().padBefore().get(0));
    }
}
