package nnwb.core.filter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Matrix;

/** Kernel sizes, centre convention, flipping, normalising and presets. */
class KernelTest {

    @Test
    void everySizeFromOneToFifteenIsAllowedAndSixteenIsNot() {
        for (int r = 1; r <= 15; r++) {
            for (int c = 1; c <= 15; c++) {
                assertEquals(r * c, Kernel.zeros(r, c).values().rowMajor().length);
            }
        }
        String m = assertThrows(IllegalArgumentException.class, () -> Kernel.zeros(16, 3)).getMessage();
        assertEquals("kernel size 16 x 3 is not allowed; each side must be 1..15", m);
    }

    @Test
    void theCentreIsTheMiddleTapOrForEvenSidesTheUpperLeftOfTheMiddleTwo() {
        assertEquals(1, Kernel.zeros(3, 3).centreRow());
        assertEquals(1, Kernel.zeros(4, 4).centreRow());
        assertEquals(2, Kernel.zeros(5, 6).centreCol());
        assertEquals(0, Kernel.zeros(2, 1).centreRow());
        assertTrue(Kernel.zeros(3, 5).hasMiddleTap());
        assertFalse(Kernel.zeros(3, 4).hasMiddleTap());
    }

    @Test
    void flippingTwiceGivesTheKernelBackAndFlippingMovesEachWeightToTheOppositeCell() {
        Random r = new Random(1);
        for (int t = 0; t < 50; t++) {
            int rows = 1 + r.nextInt(15);
            int cols = 1 + r.nextInt(15);
            Kernel k = new Kernel(Matrix.generate(rows, cols, (a, b) -> r.nextInt(7) - 3));
            assertEquals(k, k.flipped().flipped());
            int a = r.nextInt(rows);
            int b = r.nextInt(cols);
            assertEquals(k.get(a, b), k.flipped().get(rows - 1 - a, cols - 1 - b));
        }
        assertEquals(KernelPreset.SOBEL_X.kernel().values().map(v -> -v), KernelPreset.SOBEL_X.kernel().flipped().values());
    }

    @Test
    void normalisingDividesByANonZeroSum() {
        Normalised n = Normalised.of(Kernel.of(new double[][] {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}));
        assertEquals(Normalised.Rule.BY_SUM, n.rule());
        assertEquals(16, n.divisor());
        assertEquals(1, n.kernel().sum(), 1e-15);
        assertEquals(0.25, n.kernel().get(1, 1));
        Normalised negative = Normalised.of(Kernel.of(new double[][] {{-1, -3}}));
        assertEquals(0.75, negative.kernel().get(0, 1));
    }

    @Test
    void normalisingAZeroSumKernelScalesItsPositiveWeightsToOne() {
        Normalised n = Normalised.of(KernelPreset.SOBEL_X.kernel());
        assertEquals(Normalised.Rule.BY_POSITIVE_SUM, n.rule());
        assertEquals(4, n.divisor());
        assertEquals(0.5, n.kernel().get(1, 2));
        assertEquals(-0.25, n.kernel().get(0, 0));
        assertEquals(0, n.kernel().sum(), 1e-15);
        assertTrue(n.message().contains("sum to 0"));
    }

    @Test
    void normalisingAllZerosChangesNothing() {
        Normalised n = Normalised.of(Kernel.zeros(2, 2));
        assertEquals(Normalised.Rule.UNCHANGED, n.rule());
        assertEquals(Kernel.zeros(2, 2), n.kernel());
    }

    @Test
    void resizingKeepsTheCentreTapOnTheCentre() {
        Kernel sobel = KernelPreset.SOBEL_Y.kernel();
        Kernel big = sobel.resized(5, 5);
        assertEquals(-2, big.get(1, 2));
        assertEquals(2, big.get(3, 2));
        assertEquals(0, big.get(0, 0));
        assertEquals(sobel, big.resized(3, 3));
        assertEquals(Kernel.of(new double[][] {{0}}), sobel.resized(1, 1));
    }

    @Test
    void paintingRaisesOrLowersOneWeight() {
        Kernel k = Kernel.zeros(3, 3).adjusted(0, 2, 0.5).adjusted(0, 2, -2);
        assertEquals(-1.5, k.get(0, 2));
    }

    @Test
    void gaussianPresetsSumToOneAreSymmetricAndPeakInTheMiddle() {
        for (double sigma : new double[] {0.5, 1, 1.5, 2, 3}) {
            Kernel g = KernelParser.parse("gaussian:sigma=" + sigma);
            assertEquals(Math.min(15, 2 * (int) Math.ceil(3 * sigma) + 1), g.rows());
            assertEquals(1, g.sum(), 1e-12);
            assertTrue(g.isFlipSymmetric());
            double mid = g.get(g.centreRow(), g.centreCol());
            for (double v : g.values().rowMajor()) {
                assertTrue(v <= mid);
            }
            // neighbouring weights follow exp(-1 / (2 sigma^2))
            assertEquals(Math.exp(-1 / (2 * sigma * sigma)), g.get(g.centreRow(), g.centreCol() + 1) / mid, 1e-12);
        }
        Kernel even = KernelParser.parse("gaussian:sigma=1,size=4");
        assertTrue(even.isFlipSymmetric());
        assertEquals(even.get(1, 1), even.get(2, 2), 1e-15);
    }

    @Test
    void presetSumsFollowTheirPurpose() {
        assertEquals(1, KernelPreset.IDENTITY.kernel().sum());
        assertEquals(1, KernelPreset.BOX_BLUR.kernel().sum(), 1e-15);
        assertEquals(1, KernelPreset.SHARPEN.kernel().sum());
        assertEquals(1, KernelPreset.EMBOSS.kernel().sum());
        for (KernelPreset p : new KernelPreset[] {KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y, KernelPreset.PREWITT_X,
                KernelPreset.PREWITT_Y, KernelPreset.LAPLACIAN}) {
            assertEquals(0, p.kernel().sum(), p.key());
        }
        assertEquals(KernelPreset.SOBEL_Y.kernel().values(), transpose(KernelPreset.SOBEL_X.kernel().values()));
        assertEquals(KernelPreset.PREWITT_Y.kernel().values(), transpose(KernelPreset.PREWITT_X.kernel().values()));
    }

    private static Matrix transpose(Matrix m) {
        return Matrix.generate(m.cols(), m.rows(), (r, c) -> m.get(c, r));
    }
}
