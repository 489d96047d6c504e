package nnwb.core.filter.freq;

import nnwb.core.filter.Matrix;

/**
 * A complex matrix: the discrete Fourier transform of a real matrix.
 *
 * @param re the real parts
 * @param im the imaginary parts, same shape
 */
public record Spectrum(Matrix re, Matrix im) {

    public Spectrum {
        if (!re.sameShape(im)) {
            throw new IllegalArgumentException("real and imaginary parts differ in shape");
        }
    }

    public int rows() {
        return re.rows();
    }

    public int cols() {
        return re.cols();
    }

    /** {@code |X|} per cell. */
    public Matrix magnitude() {
        return Matrix.generate(rows(), cols(), (r, c) -> Math.hypot(re.get(r, c), im.get(r, c)));
    }

    /** {@code arg X} in {@code (-pi, pi]} per cell; 0 where the magnitude is below {@code 1e-12}. */
    public Matrix phase() {
        return Matrix.generate(rows(), cols(), (r, c) -> Math.hypot(re.get(r, c), im.get(r, c)) < 1e-12 ? 0
                : Math.atan2(im.get(r, c), re.get(r, c)));
    }

    /** {@code sum |X|^2}. */
    public double energy() {
        double s = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                s += re.get(r, c) * re.get(r, c) + im.get(r, c) * im.get(r, c);
            }
        }
        return s;
    }

    /**
     * The spectrum with the zero frequency moved to the middle ({@code fftshift}): cell {@code (r, c)} of the
     * result holds frequency index {@code (r - rows/2, c - cols/2)}.
     */
    public Spectrum centred() {
        int hr = rows() / 2;
        int hc = cols() / 2;
        return new Spectrum(
                Matrix.generate(rows(), cols(), (r, c) -> re.get(Math.floorMod(r - hr, rows()), Math.floorMod(c - hc, cols()))),
                Matrix.generate(rows(), cols(), (r, c) -> im.get(Math.floorMod(r - hr, rows()), Math.floorMod(c - hc, cols()))));
    }
}
