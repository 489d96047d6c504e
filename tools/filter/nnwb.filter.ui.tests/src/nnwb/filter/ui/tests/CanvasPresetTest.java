package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.ui.internal.CanvasPreset;

/** What an assignment's preset asks of the canvas, read without a display (issue 23). */
class CanvasPresetTest {

    @Test
    void theBerkeleyProblemReadsWithItsInputModePaddingAndStride() {
        CanvasPreset p = CanvasPreset.of(Map.of("kernel", "-1,-2,-1; 0,0,0; 1,2,1", "image", "sequence:5x5", "mode",
                "convolution", "padding", "1", "stride", "2", "workspaceFile", "/ignored"));
        assertEquals(3, p.kernel().rows());
        assertEquals(-2, p.kernel().get(0, 1));
        assertEquals(2, p.kernel().get(2, 1));
        assertEquals(FilterMode.CONVOLUTION, p.mode());
        assertEquals(1, p.padding());
        assertEquals(2, p.stride());
        assertEquals(1, p.dilation());
        assertFalse(p.same());
        // sequence:WxH is the Input field's sequence:cols=W,rows=H: the numbers 1..25 row by row
        Image in = InputParser.parse(p.image());
        assertEquals(5, in.rows());
        assertEquals(5, in.cols());
        assertEquals(7, in.channel(0).get(1, 1));
        Image wide = InputParser.parse(CanvasPreset.of(Map.of("image", "sequence:4x2")).image());
        assertEquals(2, wide.rows());
        assertEquals(4, wide.cols());
    }

    @Test
    void whatAPresetLeavesOutTakesThePlainValueNotTheCanvassPrevious() {
        CanvasPreset p = CanvasPreset.of(Map.of("kernel", "sobel-x"));
        assertEquals(FilterMode.CORRELATION, p.mode());
        assertEquals(0, p.padding());
        assertEquals(1, p.stride());
        assertEquals(PadMode.ZERO, p.padMode());
        assertEquals("", p.image());
        assertTrue(CanvasPreset.of(Map.of("padding", "same")).same());
        assertNull(CanvasPreset.of(Map.of("mode", "correlation")).kernel());
    }

    @Test
    void aValueThatDoesNotReadIsRefusedWithItsName() {
        assertEquals("preset stride 'two' is not a whole number", refused(Map.of("stride", "two")));
        assertEquals("preset padding 99 is outside 0..64", refused(Map.of("padding", "99")));
        assertTrue(refused(Map.of("mode", "sideways")).contains("use correlation or convolution"));
        assertTrue(refused(Map.of("image", "nosuch:3x3")).startsWith("unknown input 'nosuch'"));
    }

    /** The one-line reason {@code parameters} are refused with. */
    private static String refused(Map<String, String> parameters) {
        try {
            CanvasPreset.of(parameters);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return fail("accepted " + parameters);
    }
}
