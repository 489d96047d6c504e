package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnwb.core.model.Finding;
import nnwb.core.model.Severity;
import org.junit.jupiter.api.Test;

/** Model errors are findings with line and column, never exceptions. */
class FindingsTest {

    private static Finding error(String text) {
        AnalysisReport r = Analyzer.analyze(text, AnalysisOptions.defaults());
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), r.findings().toString());
        return errors.get(0);
    }

    private static void at(Finding f, int line, int column, String text) {
        assertEquals(line, f.line(), f.toString());
        assertEquals(column, f.column(), f.toString());
        assertTrue(f.message().contains(text), f.message());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void unknownKindSuggestsTheClosest() {
        at(error("input 4x4x1\n  maxpol 2\n"), 2, 3, "did you mean 'maxpool'");
    }

    @Test
    void addOfMismatchedShapes() {
        at(error("input channels=3 size=8\na: conv 4 3\nadd a input\n"), 3, 1, "add of mismatched shapes 4 × 6 × 6 and 3 × 8 × 8");
    }

    @Test
    void outputSizeNotPositive() {
        at(error("input channels=1 size=4\nc: conv 2 7\n"), 2, 4, "output size -2");
    }

    @Test
    void unknownParameterListsTheKnownOnes() {
        Finding f = error("input channels=1 size=4\nconv 2 3 krnel=3\n");
        at(f, 2, 10, "unknown parameter 'krnel'");
        assertTrue(f.message().contains("kernel"));
    }

    @Test
    void unknownNameInAnExpression() {
        at(error("input channels=1 size=8\nconv filters=NF kernel=3\n"), 2, 14, "unknown name 'NF'");
    }

    @Test
    void missingRequiredParameter() {
        at(error("input channels=1 size=8\nconv filters=2\n"), 2, 1, "needs kernel=");
    }

    @Test
    void duplicateLayerName() {
        at(error("input 4\na: fc 2\na: fc 3\n"), 3, 1, "already used");
    }

    @Test
    void convolutionOfAVector() {
        at(error("input 784\nconv 2 3\n"), 2, 1, "needs an input with spatial axes");
    }

    @Test
    void referenceToAnUnknownLayer() {
        at(error("input 4\na: fc 4\nadd a b\n"), 3, 7, "no earlier layer named 'b'");
    }

    @Test
    void blockThatUsesItself() {
        at(error("input 4\nblock loop\n  loop\nend\nloop\n"), 3, 3, "uses itself");
    }

    @Test
    void zeroKernelAndBadDropout() {
        at(error("input channels=1 size=8\nconv 2 0\n"), 2, 8, "kernel must be a positive integer");
        at(error("input 4\ndropout 1.5\n"), 2, 9, "p must be a number in [0, 1)");
    }

    @Test
    void conv1dOnATwoDimensionalInput() {
        at(error("input channels=1 size=8\nconv1d 2 3\n"), 2, 1, "conv1d needs a 1D input");
    }

    @Test
    void reflectPaddingLargerThanTheInput() {
        at(error("input channels=1 size=3\nconv 1 3 padding=3 padding_mode=reflect\n"), 2, 1, "reflect padding 3 must be smaller");
    }

    @Test
    void outputPaddingMustBeBelowTheStride() {
        at(error("input channels=1 size=3\nconvt 1 3 stride=2 output_padding=2\n"), 2, 1, "output_padding 2");
    }

    @Test
    void groupsMustDivide() {
        at(error("input channels=6 size=3\nconv 4 1 groups=4\n"), 2, 1, "groups=4 must divide");
    }

    @Test
    void setOfAnUndeclaredSymbolIsAnError() {
        AnalysisReport r = Analyzer.analyze("input 4\nfc 2\n", AnalysisOptions.defaults().with("classes", 10));
        assertEquals(Severity.ERROR, r.findings().get(0).severity());
        assertTrue(r.findings().get(0).message().contains("classes"));
    }

    @Test
    void analysisGoesOnAfterAnError() {
        AnalysisReport r = Analyzer.analyze("input 4\nfc 2 bogus=1\nfc 3\n", AnalysisOptions.defaults());
        assertTrue(r.hasErrors());
        assertEquals(3, r.rows().size());
        assertEquals(nnwb.core.symbolic.Poly.of(4 * 2 + 2 + 2 * 3 + 3), r.totals().params());
    }

    @Test
    void hugeOrZeroRepeatIsAFindingNotAnEndlessUnroll() {
        Finding big = error("input 4x4x1\nconv 3 1 repeat=1000000\n");
        assertTrue(big.message().contains("above the limit"), big.message());
        assertEquals(2, big.line());
        Finding zero = error("input 4x4x1\nconv 3 1 repeat=0\n");
        assertTrue(zero.message().contains("positive"), zero.message());
    }

    @Test
    void deeplyNestedExpressionIsASyntaxErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        AnalysisReport r = Analyzer.analyze("input 4x4x1\nconv " + deep + " 1\n", AnalysisOptions.defaults());
        Finding f = r.firstError();
        assertTrue(f != null && f.message().contains("nested"), r.findings().toString());
        assertEquals(2, f.line());
    }
}
