package nnwb.core.filter.freq;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/**
 * The frequency response of a kernel: the 2D DFT of the kernel zero-padded to {@code size x size}, centred so
 * that the zero frequency sits at cell {@code (size/2, size/2)}. The kernel's {@linkplain Kernel#centreRow()
 * centre tap} is placed at the origin (the others wrap around), so a kernel equal to its flip has a real
 * response (phase 0 or pi) and only a kernel's shape, not its placement, shows in the phase.
 * <p>
 * This is the response of true convolution with the kernel, {@code H(w) = sum h[n] exp(-i w n)}. Correlation
 * with the same kernel has the same magnitude and the negated phase (it is convolution with the flipped kernel).
 *
 * @param kernel  the kernel
 * @param size    the DFT size per side
 * @param centred the centred spectrum
 */
public record FrequencyResponse(Kernel kernel, int size, Spectrum centred) {

    /** The largest DFT size. */
    public static final int MAX_SIZE = 512;
    /** The size used when none is chosen. */
    public static final int DEFAULT_SIZE = 64;

    /** The response of {@code kernel} on a {@code size x size} grid (at least the kernel's larger side, at most 512). */
    public static FrequencyResponse of(Kernel kernel, int size) {
        int min = Math.max(kernel.rows(), kernel.cols());
        if (size < min || size > MAX_SIZE) {
            throw new IllegalArgumentException("frequency grid " + size + " must be in " + min + ".." + MAX_SIZE
                    + " (at least the kernel's larger side)");
        }
        double[][] grid = new double[size][size];
        for (int a = 0; a < kernel.rows(); a++) {
            for (int b = 0; b < kernel.cols(); b++) {
                grid[Math.floorMod(a - kernel.centreRow(), size)][Math.floorMod(b - kernel.centreCol(), size)] += kernel.get(a, b);
            }
        }
        return new FrequencyResponse(kernel, size, Dft.of(Matrix.of(grid)).centred());
    }

    /** |H| per cell, zero frequency in the middle. */
    public Matrix magnitude() {
        return centred.magnitude();
    }

    /** arg H per cell in (-pi, pi], zero frequency in the middle. */
    public Matrix phase() {
        return centred.phase();
    }

    /** The angular frequency (radians per sample, -pi..pi) of row or column {@code index} of the centred grid. */
    public double frequency(int index) {
        return 2 * Math.PI * (index - size / 2) / size;
    }

    /**
     * {@code H} at any angular frequency pair, computed directly: {@code sum w[a,b] exp(-i (wr (a-ca) + wc (b-cb)))}
     * with {@code (ca, cb)} the centre tap. Returns {@code {re, im}}.
     */
    public static double[] at(Kernel kernel, double wRows, double wCols) {
        double re = 0;
        double im = 0;
        for (int a = 0; a < kernel.rows(); a++) {
            for (int b = 0; b < kernel.cols(); b++) {
                double angle = wRows * (a - kernel.centreRow()) + wCols * (b - kernel.centreCol());
                re += kernel.get(a, b) * Math.cos(angle);
                im -= kernel.get(a, b) * Math.sin(angle);
            }
        }
        return new double[] {re, im};
    }

    /** {@code |H|} at an angular frequency pair. */
    public static double gainAt(Kernel kernel, double wRows, double wCols) {
        double[] h = at(kernel, wRows, wCols);
        return Math.hypot(h[0], h[1]);
    }
}
