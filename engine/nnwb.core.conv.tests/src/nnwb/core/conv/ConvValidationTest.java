package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every bad input is a value with its field, never an exception. */
class ConvValidationTest {

    private static List<ValidationProblem> check(ConvKind kind, PaddingMode mode, AxisSpec a) {
        return ConvCalculator.analyze(LayerSpec.of(kind, mode, a)).problems();
    }

    private static Field only(ConvKind kind, PaddingMode mode, AxisSpec a) {
        List<ValidationProblem> p = check(kind, mode, a);
        assertEquals(1, p.size(), p.toString());
        return p.get(0).field();
    }

    @Test
    void nonPositiveSizesNameTheirField() {
        assertEquals(Field.INPUT, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(0, 3, 1, 1)));
        assertEquals(Field.KERNEL, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(5, 0, 1, 1)));
        assertEquals(Field.STRIDE, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(5, 3, -2, 1)));
        assertEquals(Field.DILATION, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(5, 3, 1, 1).withDilation(0)));
        assertEquals(Field.PAD_AFTER, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(5, 3, 1, 1).withPadding(0, -1)));
        assertEquals(Field.INPUT, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(ConvValidation.LIMIT + 1, 3, 1, 1)));
    }

    @Test
    void kernelLargerThanPaddedInput() {
        // 3 cells + 1 padding = 4 < 5; with dilation 2 a kernel of 3 spans 5 cells too.
        assertEquals(Field.KERNEL, only(ConvKind.CONV, PaddingMode.ZERO, new AxisSpec(3, 5, 1, 1, 0, 1, 0)));
        assertEquals(Field.KERNEL, only(ConvKind.POOL, PaddingMode.ZERO, new AxisSpec(4, 3, 1, 0, 0, 2, 0)));
        assertTrue(check(ConvKind.CONV, PaddingMode.ZERO, new AxisSpec(3, 5, 1, 1, 1, 1, 0)).isEmpty());
    }

    @Test
    void outputPaddingRules() {
        // stride 2, dilation 1: output_padding 0 or 1 only.
        assertEquals(Field.OUTPUT_PADDING, only(ConvKind.TRANSPOSED, PaddingMode.ZERO, AxisSpec.of(4, 3, 2, 1).withOutputPadding(2)));
        assertTrue(check(ConvKind.TRANSPOSED, PaddingMode.ZERO, AxisSpec.of(4, 3, 2, 1).withOutputPadding(1)).isEmpty());
        // stride 1 but dilation 3: output_padding up to 2 is accepted (smaller than the dilation).
        assertTrue(check(ConvKind.TRANSPOSED, PaddingMode.ZERO, AxisSpec.of(4, 3, 1, 1).withDilation(3).withOutputPadding(2)).isEmpty());
        assertEquals(Field.OUTPUT_PADDING, only(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(4, 3, 2, 1).withOutputPadding(1)));
        assertEquals(Field.OUTPUT_PADDING, only(ConvKind.TRANSPOSED, PaddingMode.ZERO, AxisSpec.of(4, 3, 2, 1).withOutputPadding(-1)));
    }

    @Test
    void transposedPaddingThatCropsEverything() {
        // (1-1)*1 - 4 + 2 + 0 + 1 = -1 cells.
        assertEquals(Field.PAD_BEFORE, only(ConvKind.TRANSPOSED, PaddingMode.ZERO, AxisSpec.of(1, 3, 1, 2)));
    }

    @Test
    void paddingModes() {
        assertEquals(Field.MODE, only(ConvKind.POOL, PaddingMode.CIRCULAR, AxisSpec.of(6, 2, 2, 0)));
        assertEquals(Field.MODE, only(ConvKind.TRANSPOSED, PaddingMode.REFLECT, AxisSpec.of(6, 2, 2, 0)));
        assertEquals(Field.PAD_BEFORE, only(ConvKind.CONV, PaddingMode.CIRCULAR, AxisSpec.of(3, 3, 1, 4)));
        assertTrue(check(ConvKind.CONV, PaddingMode.CIRCULAR, AxisSpec.of(3, 3, 1, 3)).isEmpty());
        assertEquals(Field.PAD_BEFORE, only(ConvKind.CONV, PaddingMode.REFLECT, AxisSpec.of(3, 3, 1, 3)));
        assertTrue(check(ConvKind.CONV, PaddingMode.REFLECT, AxisSpec.of(3, 3, 1, 2)).isEmpty());
    }

    @Test
    void layerLevelProblems() {
        assertEquals(Field.KIND, ConvValidation.check(new LayerSpec(null, PaddingMode.ZERO, List.of(AxisSpec.of(4, 3, 1, 1)))).get(0).field());
        assertEquals(Field.INPUT, ConvValidation.check(new LayerSpec(ConvKind.CONV, PaddingMode.ZERO, List.of())).get(0).field());
        assertEquals(Field.TARGET, ConvValidation.checkTarget(0).get(0).field());
        assertTrue(ConvValidation.checkTarget(7).isEmpty());
    }

    @Test
    void secondAxisProblemsCarryTheAxis() {
        LayerSpec spec = LayerSpec.of(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(8, 3, 1, 0), AxisSpec.of(2, 3, 1, 0));
        List<ValidationProblem> p = ConvValidation.check(spec);
        assertEquals(List.of(new ValidationProblem(1, Field.KERNEL, p.get(0).message())), p);
        assertEquals("height", spec.axisName(1));
    }
}
