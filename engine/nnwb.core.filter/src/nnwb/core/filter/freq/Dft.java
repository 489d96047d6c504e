package nnwb.core.filter.freq;

import nnwb.core.filter.Matrix;

/**
 * The 2D discrete Fourier transform {@code X[u,v] = sum x[r,c] exp(-2 pi i (u r / R + v c / C))}, computed
 * directly (rows, then columns), {@code O(R C (R + C))}: meant for kernel responses and test sizes up to a
 * few hundred, not for whole photos.
 */
public final class Dft {

    /** The largest accepted side. */
    public static final int MAX_SIDE = 1024;

    private Dft() {
    }

    /** The DFT of a real matrix, zero frequency at index (0, 0). */
    public static Spectrum of(Matrix x) {
        int rows = x.rows();
        int cols = x.cols();
        if (rows > MAX_SIDE || cols > MAX_SIDE) {
            throw new IllegalArgumentException("DFT size " + rows + " x " + cols + " is above " + MAX_SIDE + " per side");
        }
        double[] re = x.rowMajor();
        double[] im = new double[re.length];
        transformRows(re, im, rows, cols);
        double[] reT = transpose(re, rows, cols);
        double[] imT = transpose(im, rows, cols);
        transformRows(reT, imT, cols, rows);
        return new Spectrum(Matrix.ofRowMajor(rows, cols, transpose(reT, cols, rows)),
                Matrix.ofRowMajor(rows, cols, transpose(imT, cols, rows)));
    }

    /** Replaces each row (length {@code n}) of the complex array by its 1D DFT. */
    private static void transformRows(double[] re, double[] im, int rows, int n) {
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int k = 0; k < n; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / n);
            sin[k] = Math.sin(2 * Math.PI * k / n);
        }
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        for (int r = 0; r < rows; r++) {
            int base = r * n;
            for (int u = 0; u < n; u++) {
                double sr = 0;
                double si = 0;
                for (int t = 0; t < n; t++) {
                    int k = (int) ((long) u * t % n);
                    double a = re[base + t];
                    double b = im[base + t];
                    sr += a * cos[k] + b * sin[k];
                    si += b * cos[k] - a * sin[k];
                }
                outRe[u] = sr;
                outIm[u] = si;
            }
            System.arraycopy(outRe, 0, re, base, n);
            System.arraycopy(outIm, 0, im, base, n);
        }
    }

    private static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
        return t;
    }
}
