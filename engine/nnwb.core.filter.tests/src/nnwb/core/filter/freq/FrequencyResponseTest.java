package nnwb.core.filter.freq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.kernel.KernelPreset;

/** The DFT and the kernels' frequency responses. */
class FrequencyResponseTest {

    @Test
    void parsevalHoldsForRandomMatrices() {
        Random r = new Random(2);
        for (int t = 0; t < 20; t++) {
            int rows = 1 + r.nextInt(12);
            int cols = 1 + r.nextInt(12);
            Matrix x = Matrix.generate(rows, cols, (a, b) -> r.nextGaussian());
            double energy = 0;
            for (double v : x.rowMajor()) {
                energy += v * v;
            }
            assertEquals(energy, Dft.of(x).energy() / (rows * cols), 1e-9 * Math.max(1, energy));
        }
    }

    @Test
    void theDftMatchesTheDefiningSumAtRandomFrequencies() {
        Random r = new Random(4);
        Matrix x = Matrix.generate(5, 7, (a, b) -> r.nextGaussian());
        Spectrum s = Dft.of(x);
        for (int u = 0; u < 5; u++) {
            for (int v = 0; v < 7; v++) {
                double re = 0;
                double im = 0;
                for (int a = 0; a < 5; a++) {
                    for (int b = 0; b < 7; b++) {
                        double ang = -2 * Math.PI * (u * a / 5.0 + v * b / 7.0);
                        re += x.get(a, b) * Math.cos(ang);
                        im += x.get(a, b) * Math.sin(ang);
                    }
                }
                assertEquals(re, s.re().get(u, v), 1e-9);
                assertEquals(im, s.im().get(u, v), 1e-9);
            }
        }
    }

    @Test
    void aBoxBlurHasTheDirichletKernelAsItsMagnitude() {
        // |H(u,v)| = |sin(pi k u / N) / (k sin(pi u / N))| * the same in v, for a k x k box of weights 1/k^2
        int n = 32;
        for (int k : new int[] {2, 3, 5}) {
            FrequencyResponse f = FrequencyResponse.of(KernelParser.parse("box-blur:size=" + k), n);
            Matrix mag = f.magnitude();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(dirichlet(k, i - n / 2, n) * dirichlet(k, j - n / 2, n), mag.get(i, j), 1e-12);
                }
            }
        }
    }

    private static double dirichlet(int k, int u, int n) {
        return u == 0 ? 1 : Math.abs(Math.sin(Math.PI * k * u / n) / (k * Math.sin(Math.PI * u / n)));
    }

    @Test
    void theZeroFrequencyIsTheSumOfTheWeightsAndSitsInTheMiddle() {
        Kernel k = KernelParser.parse("1,2,3;4,5,6");
        FrequencyResponse f = FrequencyResponse.of(k, 16);
        assertEquals(21, f.magnitude().get(8, 8), 1e-12);
        assertEquals(0, f.frequency(8));
        assertEquals(-Math.PI, f.frequency(0), 1e-15);
    }

    @Test
    void aKernelEqualToItsFlipHasARealResponse() {
        FrequencyResponse f = FrequencyResponse.of(KernelPreset.LAPLACIAN.kernel(), 16);
        for (double v : f.centred().im().rowMajor()) {
            assertEquals(0, v, 1e-12);
        }
        // the Laplacian's response is 2 cos(wr) + 2 cos(wc) - 4
        assertEquals(-8, f.centred().re().get(0, 0), 1e-12);
    }

    @Test
    void anOffCentreImpulseHasUnitMagnitudeAndLinearPhase() {
        Kernel k = Kernel.zeros(3, 3).with(1, 2, 1);   // one tap right of the centre: a delay of one column
        FrequencyResponse f = FrequencyResponse.of(k, 8);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                assertEquals(1, f.magnitude().get(i, j), 1e-12);
                double expected = Math.IEEEremainder(-f.frequency(j), 2 * Math.PI);
                double got = f.phase().get(i, j);
                assertEquals(0, Math.IEEEremainder(got - expected, 2 * Math.PI), 1e-12);
            }
        }
    }

    @Test
    void blursReadAsLowPassEdgeFiltersAsBandPassAndSecondDerivativesAsHighPass() {
        assertEquals(PassBand.LOW_PASS, BandReading.of(KernelPreset.BOX_BLUR.kernel()).band());
        assertEquals(PassBand.LOW_PASS, BandReading.of(KernelParser.parse("box-blur:size=2")).band());
        assertEquals(PassBand.LOW_PASS, BandReading.of(KernelParser.parse("gaussian:sigma=1.5")).band());
        assertEquals(PassBand.BAND_PASS, BandReading.of(KernelPreset.SOBEL_X.kernel()).band());
        assertEquals(PassBand.BAND_PASS, BandReading.of(KernelPreset.SOBEL_Y.kernel()).band());
        assertEquals(PassBand.BAND_PASS, BandReading.of(KernelPreset.PREWITT_X.kernel()).band());
        assertEquals(PassBand.HIGH_PASS, BandReading.of(KernelPreset.LAPLACIAN.kernel()).band());
        assertEquals(PassBand.HIGH_PASS, BandReading.of(KernelPreset.SHARPEN.kernel()).band());
        assertEquals(PassBand.ALL_PASS, BandReading.of(KernelPreset.IDENTITY.kernel()).band());
        assertEquals(PassBand.NONE, BandReading.of(Kernel.zeros(3, 3)).band());
    }

    @Test
    void theBoxReadingGivesItsGains() {
        // 3 x 3 box: H(pi, 0) = (1/9)(-1 + 1 - 1)(1 + 1 + 1) = -1/3; H(pi, pi) = 1/9
        BandReading b = BandReading.of(KernelPreset.BOX_BLUR.kernel());
        assertEquals(1, b.dc(), 1e-12);
        assertEquals(1 / 3.0, b.nyquist(), 1e-12);
        assertEquals(1, b.peak(), 1e-12);
        // Sobel x: (1,2,1) vanishes at pi, (-1,0,1) at 0, so DC and every Nyquist point are 0
        BandReading s = BandReading.of(KernelPreset.SOBEL_X.kernel());
        assertEquals(0, s.dc(), 1e-12);
        assertEquals(0, s.nyquist(), 1e-12);
        assertEquals(8, s.peak(), 1e-12);   // |2i sin(pi/2)| * (2 + 2 cos 0) at (0, pi/2)
    }

    @Test
    void gridsOutsideTheRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FrequencyResponse.of(KernelParser.parse("box-blur:size=5"), 4));
        assertThrows(IllegalArgumentException.class, () -> FrequencyResponse.of(KernelPreset.BOX_BLUR.kernel(), 513));
    }
}
