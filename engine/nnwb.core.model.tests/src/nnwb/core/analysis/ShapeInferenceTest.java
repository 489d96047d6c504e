package nnwb.core.analysis;

import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Output shapes of every layer kind, against the closed forms written in each test. */
class ShapeInferenceTest {

    private static AnalysisReport ok(String text) {
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults());
        assertFalse(r.hasErrors(), r.findings().toString());
        return r;
    }

    private static List<Long> dims(AnalysisReport r, String layer) {
        Shape s = r.row(layer).outputShape();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(s.channels()), s.spatial().stream()).map(Poly::longValue).toList();
    }

    /** floor((in + 2p - d(k-1) - 1)/s) + 1, written out independently of the engine. */
    private static long convOut(long in, long k, long s, long p, long d) {
        return Math.floorDiv(in + 2 * p - d * (k - 1) - 1, s) + 1;
    }

    @ParameterizedTest
    @CsvSource({"32,3,1,1,1", "32,3,2,1,1", "28,5,1,0,1", "224,7,2,3,1", "17,3,2,0,1", "20,3,1,2,2", "9,4,3,1,1"})
    void conv2dFollowsTheFloorFormula(long in, long k, long s, long p, long d) {
        AnalysisReport r = ok("input channels=3 size=" + in + "\nc: conv 8 " + k + " stride=" + s + " padding=" + p + " dilation=" + d + "\n");
        long o = convOut(in, k, s, p, d);
        assertEquals(List.of(8L, o, o), dims(r, "c"));
    }

    @Test
    void conv1dAndRectangularKernels() {
        AnalysisReport r = ok("input channels=2 length=100\nc: conv1d 4 5 stride=2\n");
        assertEquals(List.of(4L, 48L), dims(r, "c"));
        r = ok("input channels=1 size=10x20\nc: conv 2 kernel=3x5 padding=1,2\n");
        assertEquals(List.of(2L, 10L, 20L), dims(r, "c"));
    }

    @Test
    void samePaddingKeepsTheSizeAtStrideOneAndCeilsOtherwise() {
        assertEquals(List.of(4L, 15L, 15L), dims(ok("input channels=1 size=15\nc: conv 4 4 padding=same\n"), "c"));
        assertEquals(List.of(4L, 8L, 8L), dims(ok("input channels=1 size=15\nc: conv 4 3 stride=2 padding_mode=same\n"), "c"));
        LayerParams p = ok("input channels=1 size=15\nc: conv 4 4 padding=same\n").row("c").node().params();
        assertEquals(Poly.ONE, p.padBefore().get(0));
        assertEquals(Poly.of(2), p.padAfter().get(0));
    }

    @Test
    void circularPaddingHasTheZeroPaddingShape() {
        AnalysisReport r = ok("input 8x8x1\nc: CONV2-3 padding_mode=circular\n");
        assertEquals(List.of(3L, 9L, 9L), dims(r, "c"));
    }

    @ParameterizedTest
    @CsvSource({"16,3,2,1,1,1", "8,4,2,1,0,1", "5,3,1,0,0,1", "7,3,2,0,1,2"})
    void transposedConvolution(long in, long k, long s, long p, long op, long d) {
        AnalysisReport r = ok("input channels=4 size=" + in + "\nt: convt 2 " + k + " stride=" + s + " padding=" + p + " output_padding=" + op
                + " dilation=" + d + "\n");
        long o = (in - 1) * s - 2 * p + d * (k - 1) + op + 1;
        assertEquals(List.of(2L, o, o), dims(r, "t"));
    }

    @Test
    void poolingDefaultsStrideToKernel() {
        AnalysisReport r = ok("input channels=3 size=15\nm: maxpool 2\na: avgpool 3 stride=1 padding=1\nx: maxpool 3 stride=2 padding=1\n");
        assertEquals(List.of(3L, 7L, 7L), dims(r, "m"));
        assertEquals(List.of(3L, 7L, 7L), dims(r, "a"));
        assertEquals(List.of(3L, 4L, 4L), dims(r, "x"));
    }

    @Test
    void globalAdaptiveUpsampleFlattenFc() {
        AnalysisReport r = ok("""
                input channels=5 size=12x10
                u: upsample 3
                ad: adaptive_avgpool 4x5
                g: gap
                f: flatten
                o: fc 7
                """);
        assertEquals(List.of(5L, 36L, 30L), dims(r, "u"));
        assertEquals(List.of(5L, 4L, 5L), dims(r, "ad"));
        assertEquals(List.of(5L, 1L, 1L), dims(r, "g"));
        assertEquals(List.of(5L), dims(r, "f"));
        assertEquals(List.of(7L), dims(r, "o"));
    }

    @Test
    void elementwiseLayersKeepTheShape() {
        AnalysisReport r = ok("input channels=6 size=4\nb: bn\nr: relu\nl: leaky_relu 0.1\ns: sigmoid\nt: tanh\ng: gelu\nd: dropout 0.3\nx: softmax\n");
        for (String n : List.of("b", "r", "l", "s", "t", "g", "d", "x")) {
            assertEquals(List.of(6L, 4L, 4L), dims(r, n), n);
        }
    }

    @Test
    void addAndConcatOfEarlierOutputs() {
        AnalysisReport r = ok("""
                input channels=4 size=8
                a: conv 4 3 padding=1
                b: conv 6 1 from=input
                s: add a input
                c: concat a b s
                """);
        assertEquals(List.of(4L, 8L, 8L), dims(r, "s"));
        assertEquals(List.of(14L, 8L, 8L), dims(r, "c"));
        assertEquals(List.of("a", "input"), r.row("s").node().inputs().stream().map(Node::name).toList());
    }

    @Test
    void fcFlattensItsInput() {
        AnalysisReport r = ok("input 7x7x10\no: fc 3\n");
        assertEquals(List.of(3L), dims(r, "o"));
        assertEquals(Poly.of(490 * 3 + 3), r.row("o").params());
    }

    @Test
    void channelsLastInputPrintsChannelsLast() {
        AnalysisReport r = ok("input 28x28x1\nCONV3-10\n");
        assertEquals("28 × 28 × 10", r.rows().get(1).outputShape().format(r.graph().channelsLast(), r.format()));
        AnalysisReport chw = ok("input channels=1 size=28\nCONV3-10\n");
        assertEquals("10 × 28 × 28", chw.rows().get(1).outputShape().format(chw.graph().channelsLast(), chw.format()));
    }

    @Test
    void stridesThatLeaveInputUnusedWarnWithTheFloor() {
        AnalysisReport r = Analyzer.analyze("input channels=1 size=10\nc: conv 1 3 stride=2\n", AnalysisOptions.defaults());
        assertFalse(r.hasErrors());
        Finding w = r.findings().get(0);
        assertEquals(2, w.line());
        assertEquals(4, w.column());
        assertTrue(w.message().contains("floor(7/2)+1 = 4"), w.message());
        AnalysisReport padded = Analyzer.analyze("input channels=1 size=32\nc: conv 1 3 stride=2 padding=1\n", AnalysisOptions.defaults());
        assertTrue(padded.findings().isEmpty(), "only a padding cell is skipped: " + padded.findings());
    }

    @Test
    void groupsDivideChannels() {
        AnalysisReport r = ok("input channels=8 size=4\nc: conv 16 3 groups=4 padding=1\n");
        assertEquals(Poly.of(16 * 2 * 9 + 16), r.row("c").params());
    }
}
