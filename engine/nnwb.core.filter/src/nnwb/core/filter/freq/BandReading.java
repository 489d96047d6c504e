package nnwb.core.filter.freq;

import nnwb.core.filter.Num;
import nnwb.core.filter.kernel.Kernel;

/**
 * How a kernel treats low and high frequencies. Gains are {@code |H|}; "passes" means within 3 dB of the peak,
 * i.e. at least {@code peak / sqrt 2} (half the peak energy).
 * <ul>
 * <li>{@code dc}: {@code |H(0, 0)|}, the absolute sum of the weights.</li>
 * <li>{@code nyquist}: the largest of {@code |H|} at {@code (pi, 0)}, {@code (0, pi)} and {@code (pi, pi)},
 * the fastest patterns along columns, rows and diagonals.</li>
 * <li>{@code peak}: the largest {@code |H|} over a {@code gridSize x gridSize} DFT grid and the four points above.</li>
 * </ul>
 * Then: DC and Nyquist pass: all-pass; only DC: low-pass; only Nyquist: high-pass; neither: band-pass.
 *
 * @param dc      gain at zero frequency
 * @param nyquist largest gain at the three Nyquist points
 * @param peak    largest gain found
 * @param band    the class
 */
public record BandReading(double dc, double nyquist, double peak, PassBand band) {

    /** The half-power ratio 1/sqrt(2). */
    public static final double HALF_POWER = Math.sqrt(0.5);

    /** Reads {@code kernel} on the default grid. */
    public static BandReading of(Kernel kernel) {
        return of(kernel, FrequencyResponse.DEFAULT_SIZE);
    }

    /** Reads {@code kernel}, searching the peak on a {@code gridSize x gridSize} grid. */
    public static BandReading of(Kernel kernel, int gridSize) {
        double pi = Math.PI;
        double dc = FrequencyResponse.gainAt(kernel, 0, 0);
        double ny = Math.max(FrequencyResponse.gainAt(kernel, pi, pi),
                Math.max(FrequencyResponse.gainAt(kernel, pi, 0), FrequencyResponse.gainAt(kernel, 0, pi)));
        double peak = Math.max(dc, ny);
        double[] mags = FrequencyResponse.of(kernel, Math.max(gridSize, Math.max(kernel.rows(), kernel.cols())))
                .magnitude().rowMajor();
        for (double m : mags) {
            peak = Math.max(peak, m);
        }
        double tol = 1e-12 * Math.max(1, kernel.values().absSum());
        if (peak <= tol) {
            return new BandReading(dc, ny, peak, PassBand.NONE);
        }
        boolean dcPasses = dc >= HALF_POWER * peak - tol;
        boolean nyPasses = ny >= HALF_POWER * peak - tol;
        PassBand band = dcPasses && nyPasses ? PassBand.ALL_PASS : dcPasses ? PassBand.LOW_PASS
                : nyPasses ? PassBand.HIGH_PASS : PassBand.BAND_PASS;
        return new BandReading(dc, ny, peak, band);
    }

    /** One line, e.g. "low-pass: gain 1 at DC, 0.111111 at Nyquist, peak 1". */
    public String message() {
        return band.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": gain " + Num.format(dc)
                + " at DC, " + Num.format(nyquist) + " at Nyquist, peak " + Num.format(peak);
    }
}
