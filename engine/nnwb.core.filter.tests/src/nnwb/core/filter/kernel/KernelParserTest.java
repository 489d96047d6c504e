package nnwb.core.filter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kernels typed as rows of numbers or as preset names, and the messages for what is wrong. */
class KernelParserTest {

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> KernelParser.parse(text)).getMessage();
    }

    @Test
    void rowsOfNumbersAreReadWithSemicolonsAndCommas() {
        Kernel k = KernelParser.parse("-1,0,1; -2,0,2; -1,0,1");
        assertEquals(KernelPreset.SOBEL_X.kernel(), k);
        assertEquals(k, KernelParser.parse("-1 0 1\n-2 0 2\n-1 0 1"));
        assertEquals(k, KernelParser.parse(k.toText()));
    }

    @Test
    void fractionsAndExponentsAreNumbers() {
        Kernel k = KernelParser.parse("1/9,1/9,1/9;1/9,1/9,1/9;1/9,1/9,1/9");
        assertEquals(KernelPreset.BOX_BLUR.kernel(), k);
        assertEquals(0.001, KernelParser.parse("1e-3").get(0, 0));
    }

    @Test
    void textRoundTripsExactlyForGaussianWeights() {
        Kernel g = KernelParser.parse("gaussian:sigma=1.5,size=5");
        assertEquals(g, KernelParser.parse(g.toText()));
        assertEquals(5, g.rows());
    }

    @Test
    void presetNamesAreCaseAndSeparatorTolerant() {
        assertEquals(KernelPreset.SOBEL_X.kernel(), KernelParser.parse("Sobel_X"));
        assertEquals(KernelPreset.SOBEL_Y.kernel(), KernelParser.parse("sobely"));
        assertEquals(KernelPreset.BOX_BLUR.kernel(), KernelParser.parse("blur"));
        assertEquals(5, KernelParser.parse("box-blur:size=5").rows());
        assertEquals(4, KernelParser.parse("identity:rows=2,cols=4").cols());
        assertEquals(-8, KernelParser.parse("laplacian:diagonals=true").get(1, 1));
    }

    @Test
    void raggedRowsNameTheRow() {
        assertEquals("kernel row 2 has 2 values, row 1 has 3", error("1,2,3;4,5"));
    }

    @Test
    void aNonNumberNamesItsCell() {
        assertEquals("kernel value '1..2' in row 1, column 2 is not a finite number", error("1,1..2"));
        assertEquals("kernel value '1/0' in row 1, column 1 is not a finite number", error("1/0"));
    }

    @Test
    void tooLargeKernelsAreRejected() {
        String row = "1,".repeat(15) + "1";
        assertEquals("kernel is 1 x 16; each side must be 1..15", error(row));
    }

    @Test
    void unknownNamesListThePresets() {
        String m = error("sobl");
        assertTrue(m.startsWith("unknown kernel 'sobl'; presets: identity, box-blur, gaussian, sharpen, sobel-x"), m);
    }

    @Test
    void unknownAndOutOfRangeParametersAreNamed() {
        assertEquals("unknown parameter 'size' for sobel-x; it takes none", error("sobel-x:size=5"));
        assertEquals("gaussian: sigma must be in 0.1..20, got 0", error("gaussian:sigma=0"));
        assertEquals("gaussian: size must be in 1..15, got 17", error("gaussian:size=17"));
        assertEquals("gaussian: sigma must be a number, got 'wide'", error("gaussian:sigma=wide"));
        assertEquals("kernel parameter 'sigma' must be written key=value", error("gaussian:sigma"));
        assertEquals("kernel parameter 'sigma' is given twice", error("gaussian:sigma=1,sigma=2"));
    }

    @Test
    void emptyTextSaysWhatToType() {
        assertTrue(error("  ").startsWith("kernel is empty: give a preset"));
        assertEquals("kernel row 2 is empty", error("1,2;;3,4"));
    }
}
