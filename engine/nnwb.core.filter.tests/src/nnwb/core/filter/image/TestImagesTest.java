package nnwb.core.filter.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;

/** The generated inputs and the input parser. */
class TestImagesTest {

    @Test
    void theSequenceIsTheCourseworksOneToTwentyFive() {
        Matrix m = InputParser.parse("matrix").channel(0);
        assertEquals(5, m.rows());
        assertEquals(1, m.get(0, 0));
        assertEquals(8, m.get(1, 2));
        assertEquals(25, m.get(4, 4));
        assertEquals(m, InputParser.parse("1..25").channel(0));
    }

    @Test
    void edgesRampsAndLinesPutTheirValuesWhereTheirNamesSay() {
        Matrix v = TestImages.verticalEdge(4, 6).channel(0);
        assertEquals(0, v.get(3, 2));
        assertEquals(1, v.get(0, 3));
        Matrix h = TestImages.horizontalEdge(4, 6).channel(0);
        assertEquals(0, h.get(1, 5));
        assertEquals(1, h.get(2, 0));
        Matrix ramp = TestImages.rampHorizontal(2, 5).channel(0);
        assertEquals(0.25, ramp.get(1, 1));
        assertEquals(1, TestImages.rampVertical(3, 1).channel(0).get(2, 0));
        assertEquals(8, TestImages.verticalLine(8, 8, 6).channel(0).sum());
        assertEquals(1, TestImages.verticalLine(8, 8, 6).channel(0).get(3, 6));
        assertEquals(1, TestImages.horizontalLine(8, 8, 2).channel(0).get(2, 7));
    }

    @Test
    void checkerboardCirclesAndImpulseHaveTheirPatterns() {
        Matrix c = TestImages.checkerboard(8, 8, 2).channel(0);
        assertEquals(0, c.get(1, 1));
        assertEquals(1, c.get(1, 2));
        assertEquals(0, c.get(2, 2));
        assertEquals(32, c.sum());
        Matrix rings = TestImages.circles(21, 21, 3).channel(0);
        assertEquals(1, rings.get(10, 10));
        assertEquals(0, rings.get(10, 14));   // distance 4: second ring
        assertEquals(1, rings.get(10, 16));   // distance 6: third ring
        Matrix imp = TestImages.impulse(9, 9).channel(0);
        assertEquals(1, imp.sum());
        assertEquals(1, imp.get(4, 4));
    }

    @Test
    void theSceneIsADeterministicRgbImageInTheUnitRangeWithEdgesAndTexture() {
        Image a = SceneImage.of(96, 128);
        assertEquals(3, a.channelCount());
        assertEquals(a, SceneImage.of(96, 128));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int distinct = new java.util.HashSet<>(java.util.Arrays.stream(a.toGray().channel(0).rowMajor()).boxed().toList()).size();
        for (Matrix ch : a.channels()) {
            for (double v : ch.rowMajor()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        assertTrue(min >= 0 && max <= 1);
        assertTrue(max - min > 0.6, "high contrast");
        assertTrue(distinct > 1000, "textured, not flat: " + distinct);
        assertEquals(1, InputParser.parse("scene:size=32,gray=true").channelCount());
    }

    @Test
    void grayscaleIsTheLumaOfRgb() {
        Image rgb = Image.rgb(Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{0}}), Matrix.of(new double[][] {{0}}));
        assertEquals(0.299, rgb.toGray().channel(0).get(0, 0), 1e-15);
    }

    @Test
    void namedInputsTakeSizesAndTheirOwnParameters() {
        Image c = InputParser.parse("checkerboard:rows=10,cols=20,cell=5");
        assertEquals(10, c.rows());
        assertEquals(20, c.cols());
        assertEquals(64, InputParser.parse("edges").rows());
        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}}), InputParser.parse("1,2;3,4").channel(0));
    }

    @Test
    void badInputsSayWhatIsWrong() {
        assertTrue(message("photograph").startsWith("unknown input 'photograph'; test inputs: vertical-edge"));
        assertEquals("unknown parameter 'cell' for ramp; accepted: cols, rows, size", message("ramp:cell=3"));
        assertEquals("checkerboard: size must be in 1..2048, got 5000", message("checkerboard:size=5000"));
        assertEquals("vertical-line: col must be in 0..7, got 8", message("vertical-line:col=8"));
        assertEquals("input row 2 has 1 values, row 1 has 2", message("1,2;3"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> InputParser.parse(text)).getMessage();
    }
}
