package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nnwb.core.cost.GaussianMoments;
import nnwb.core.graph.CeilModePooling;
import nnwb.core.graph.Shape;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;

/**
 * The layers torchvision's GoogLeNet, MobileNetV3, EfficientNet-B0 and SqueezeNet need (issue 14): ReLU6, hard
 * swish, hard sigmoid, SiLU, an element-wise product with a per-channel gate, pooling with ceil_mode and a concat of
 * one input; and those four networks as templates with torchvision's published parameter counts.
 */
class NewLayersTest {

    private static AnalysisReport ok(String text) {
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults());
        assertFalse(r.hasErrors(), () -> r.findings().toString());
        return r;
    }

    private static List<Long> shape(AnalysisReport r, String layer) {
        Shape s = r.row(layer).outputShape();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(s.channels()), s.spatial().stream())
                .map(Poly::longValue).toList();
    }

    @ParameterizedTest
    @CsvSource({"googlenet, 6624904", "squeezenet1_1, 1235496", "mobilenet_v3_large, 5483032", "efficientnet_b0, 5288548"})
    void templatesHaveTorchvisionsPublishedParameterCounts(String template, long published) {
        // sum(p.numel() for p in torchvision.models.<name>().parameters()), GoogLeNet without auxiliary classifiers
        AnalysisReport r = ok(Templates.text(template));
        assertEquals(published, r.totals().params().longValue(), template);
        assertEquals(List.of(1000L), shape(r, r.graph().output().name()).subList(0, 1));
    }

    @Test
    void activationsKeepTheShapeAndCostNothing() {
        AnalysisReport r = ok("input 8x8x4\na: relu6\nb: hardswish\nc: hardsigmoid\nd: silu\ne: swish\n");
        for (String l : List.of("a", "b", "c", "d", "e")) {
            assertEquals(List.of(4L, 8L, 8L), shape(r, l));
            assertEquals(Poly.ZERO, r.row(l).params());
            assertEquals(Poly.ZERO, r.row(l).macs());
        }
    }

    @Test
    void aGateOfOneValuePerChannelBroadcastsOverTheImage() {
        // squeeze-and-excitation: x (16x7x7) times sigmoid(gate) (16x1x1)
        AnalysisReport r = ok("input 7x7x16\nx: conv 16 3 padding=1\ng: gap\ns: sigmoid\nscale: mul x s\n");
        assertEquals(List.of(16L, 7L, 7L), shape(r, "scale"));
        assertEquals(16L * 7 * 7, r.row("scale").macs().longValue(), "one product per output value");
        assertEquals(2L * 16 * 7 * 7, r.row("scale").inputGradMults().longValue(), "a product per value for each factor");
        AnalysisReport bad = Analyzer.analyze("input 7x7x16\nx: conv 16 3 padding=1\ng: conv 8 7\nscale: mul x g\n",
                AnalysisOptions.defaults());
        assertTrue(bad.firstError().message().contains("mul of shapes"), bad.firstError().message());
    }

    @Test
    void concatOfASingleInputIsThatInput() {
        AnalysisReport r = ok("input 5x5x3\nc: conv 4 3\nj: concat c\n");
        assertEquals(shape(r, "c"), shape(r, "j"));
        AnalysisReport none = Analyzer.analyze("input 5x5x3\nj: add c\n", AnalysisOptions.defaults());
        assertTrue(none.hasErrors());
    }

    @ParameterizedTest
    @CsvSource({
        // in, kernel, stride, padding: PyTorch's MaxPool ceil_mode output, derived by hand
        "112, 3, 2, 0, 56",  // (112-3)/2 = 54.5 rounds up to 55, +1
        "111, 3, 2, 0, 55",  // exact: ceil and floor agree
        "5, 2, 2, 1, 3",     // ceil gives 4 but the 4th window would start in the right padding (6 >= 5 + 1)
        "14, 3, 2, 1, 8",    // (14+2-3)/2 = 6.5 -> 7, +1 = 8; 7*2 = 14 < 15 keeps it
        "7, 2, 2, 0, 4"})
    void ceilModeRoundsUpButNeverStartsAWindowInTheRightPadding(long in, long k, long s, long p, long expected) {
        assertEquals(expected, CeilModePooling.output(in, k, s, p, p, 1));
        AnalysisReport r = ok("input " + in + "x" + in + "x1\npool: maxpool " + k + " stride=" + s + " padding=" + p + " ceil_mode=true\n");
        assertEquals(List.of(1L, expected, expected), shape(r, "pool"));
    }

    @Test
    void ceilModeMatchesABruteForceCountOfWindows() {
        // window i starts at i*s in the padded input; ceil mode keeps a partial last window as long as it starts
        // within the last stride of the padded input and not in the right padding
        for (long in = 1; in <= 30; in++) {
            for (long k = 1; k <= 4; k++) {
                for (long s = 1; s <= 3; s++) {
                    for (long p = 0; p <= k / 2; p++) {
                        if (in + 2 * p < k) {
                            continue;
                        }
                        long count = 0;
                        for (long i = 0; i * s <= in + 2 * p - k + s - 1; i++) {
                            if (i * s < in + p) {
                                count++;
                            }
                        }
                        assertEquals(count, CeilModePooling.output(in, k, s, p, p, 1), in + " " + k + " " + s + " " + p);
                    }
                }
            }
        }
    }

    @Test
    void gaussianSecondMomentsAgreeWithMonteCarlo() {
        Random rnd = new Random(7);
        for (double v : new double[] {0.01, 1, 4, 100}) {
            for (DoubleUnaryOperator f : List.<DoubleUnaryOperator>of(x -> Math.min(Math.max(x, 0), 6),
                    x -> x * Math.min(Math.max(x + 3, 0), 6) / 6, x -> x / (1 + Math.exp(-x)))) {
                double sum = 0;
                int n = 400_000;
                for (int i = 0; i < n; i++) {
                    double y = f.applyAsDouble(rnd.nextGaussian() * Math.sqrt(v));
                    sum += y * y;
                }
                double mc = sum / n;
                double q = GaussianMoments.second(f, v);
                assertEquals(mc, q, 0.02 * mc + 1e-6, "variance " + v);
            }
        }
        // ReLU6 of a small signal is ReLU's: half the variance
        assertEquals(0.5 * 0.01, GaussianMoments.second(x -> Math.min(Math.max(x, 0), 6), 0.01), 1e-9);
        // hard sigmoid at variance 0 is 1/2
        assertEquals(0.25, GaussianMoments.second(x -> Math.min(Math.max(x + 3, 0), 6) / 6, 0), 0);
    }
}
