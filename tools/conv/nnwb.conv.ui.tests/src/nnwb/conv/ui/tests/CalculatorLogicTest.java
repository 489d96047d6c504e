package nnwb.conv.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.conv.ui.internal.CalculatorInput;
import nnwb.conv.ui.internal.CalculatorReport;
import nnwb.conv.ui.internal.LayerDrawing;
import nnwb.core.conv.CellSource;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.Field;
import nnwb.core.conv.PaddingMode;

/** The calculator's display-free parts: parsing, the answer text, and what is drawn. */
class CalculatorLogicTest {

    private static CalculatorInput oneD(String in, String k, String s, String p, String d) {
        CalculatorInput input = new CalculatorInput();
        input.setTwoD(false);
        input.set(0, Field.INPUT, in);
        input.set(0, Field.KERNEL, k);
        input.set(0, Field.STRIDE, s);
        input.set(0, Field.PAD_BEFORE, p);
        input.set(0, Field.PAD_AFTER, p);
        input.set(0, Field.DILATION, d);
        return input;
    }

    @Test
    void defaultIsStridedTwoDAndDrawsTheWindowOfTheChosenCell() {
        CalculatorReport r = CalculatorReport.of(new CalculatorInput());
        assertTrue(r.valid(), r.text());
        // 7 wide, kernel 3, stride 2, padding 1 each side: floor((7 + 2 - 3) / 2) + 1 = 4
        assertEquals(List.of(4L, 4L), r.result().outputShape());
        LayerDrawing d = new LayerDrawing(r.result().spec(), 1, 2);
        assertEquals(9, d.gridWidth());
        // output x = 1 starts at padded position 2, output y = 2 at 4: taps 2..4 x 4..6
        List<String> taps = new ArrayList<>();
        d.taps().forEach(t -> taps.add(t[0] + ":" + t[1]));
        assertEquals(List.of("2:4", "2:5", "2:6", "3:4", "3:5", "3:6", "4:4", "4:5", "4:6"), taps);
        // padded position p holds input p - 1
        assertEquals("1,3", d.cell(2, 4).label());
        assertEquals(CellSource.PADDING, d.cell(0, 4).source());
        assertTrue(d.feedingInputs().contains("3,5"));
    }

    @Test
    void dilationLeavesGapsInsideTheWindow() {
        CalculatorReport r = CalculatorReport.of(oneD("10", "3", "1", "0", "2"));
        // effective kernel 2*(3-1)+1 = 5: output 10 - 5 + 1 = 6
        assertEquals(List.of(6L), r.result().outputShape());
        LayerDrawing d = new LayerDrawing(r.result().spec(), 2, 0);
        assertTrue(d.isTap(2, 0) && d.isTap(4, 0) && d.isTap(6, 0));
        assertTrue(d.isGap(3, 0) && d.isGap(5, 0));
        assertFalse(d.isGap(7, 0));
        assertEquals(List.of("2", "4", "6"), d.feedingInputs());
    }

    @Test
    void circularPaddingWrapsToTheOtherEnd() {
        CalculatorInput in = oneD("5", "3", "1", "1", "1");
        in.setMode(PaddingMode.CIRCULAR);
        CalculatorReport r = CalculatorReport.of(in);
        LayerDrawing d = new LayerDrawing(r.result().spec(), 0, 0);
        assertEquals(CellSource.WRAPPED, d.cell(0, 0).source());
        assertEquals("4", d.cell(0, 0).label());
        assertEquals(List.of("4", "0", "1"), d.feedingInputs());
    }

    @Test
    void transposedIsDrawnWithInsertedZerosAndSolvesForATarget() {
        CalculatorInput in = oneD("4", "3", "2", "1", "1");
        in.setKind(ConvKind.TRANSPOSED);
        in.set(0, Field.OUTPUT_PADDING, "1");
        in.set(0, Field.TARGET, "8");
        CalculatorReport r = CalculatorReport.of(in);
        // (4-1)*2 - 2*1 + (3-1) + 1 + 1 = 8
        assertEquals(List.of(8L), r.result().outputShape(), r.text());
        LayerDrawing d = new LayerDrawing(r.result().spec(), 0, 0);
        long zeros = 0;
        for (long g = 0; g < d.gridWidth(); g++) {
            zeros += d.cell(g, 0).source() == CellSource.INSERTED_ZERO ? 1 : 0;
        }
        assertEquals(3, zeros, "one zero between each pair of the 4 inputs");
        assertTrue(r.text().contains("(padding 1, output_padding 1)"), r.text());
    }

    @Test
    void badFieldsBecomeProblemsAtTheirFieldNotExceptions() {
        CalculatorInput in = oneD("x", "0", "1", "0", "1");
        CalculatorReport r = CalculatorReport.of(in);
        assertFalse(r.valid());
        assertNull(r.result());
        assertEquals(Field.INPUT, r.problems().get(0).field());
        assertTrue(r.problems().get(0).message().contains("'x' is not a whole number"));
        in.set(0, Field.INPUT, "4");
        r = CalculatorReport.of(in);
        assertEquals(Field.KERNEL, r.problems().get(0).field(), r.problems().toString());
        in.set(0, Field.KERNEL, "9");
        r = CalculatorReport.of(in);
        assertFalse(r.valid(), "kernel 9 does not fit input 4");
    }

    @Test
    void aKernelLargerThanThePaddedInputSaysWhereAndWhy() {
        CalculatorInput input = new CalculatorInput();
        input.set(0, Field.KERNEL, "11");
        input.set(1, Field.KERNEL, "11");
        CalculatorReport r = CalculatorReport.of(input);
        assertFalse(r.valid());
        // input 7 with padding 1 on each side: 7 + 2 = 9 cells, fewer than the kernel's 11
        assertEquals("Kernel (width): kernel 11 is larger than the padded input 7 + 2 = 9 (and 1 more)", r.status());
        assertEquals(List.of("Fix the marked fields to see the answer:",
                "  Kernel (width): kernel 11 is larger than the padded input 7 + 2 = 9",
                "  Kernel (height): kernel 11 is larger than the padded input 7 + 2 = 9"), r.lines());
        input.set(0, Field.STRIDE, "x");
        assertEquals("Stride (width): 'x' is not a whole number", CalculatorReport.of(input).status());
        assertEquals("", CalculatorReport.of(new CalculatorInput()).status());
    }
}
