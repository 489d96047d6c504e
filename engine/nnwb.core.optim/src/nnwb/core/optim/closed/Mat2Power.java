package nnwb.core.optim.closed;

/**
 * Powers of a real 2×2 matrix in closed form. By Cayley–Hamilton {@code Mᵗ = Uₜ·M − det·Uₜ₋₁·I},
 * where {@code Uₜ = (r₁ᵗ − r₂ᵗ)/(r₁ − r₂)} over the eigenvalues {@code r₁,₂ = a ± √D}
 * ({@code a = tr/2}, {@code D = a² − det}): {@code ρᵗ⁻¹·sin(tφ)/sin φ} for complex eigenvalues,
 * {@code t·aᵗ⁻¹} for a double one. Written with expm1/log1p so that nearly equal eigenvalues (the
 * critically damped heavy ball) lose no precision.
 */
public final class Mat2Power {

    private Mat2Power() {
    }

    /** {@code Mᵗ} as {m00, m01, m10, m11}. */
    public static double[] power(double m00, double m01, double m10, double m11, int t) {
        if (t == 0) {
            return new double[] {1, 0, 0, 1};
        }
        double a = (m00 + m11) / 2;
        double det = m00 * m11 - m01 * m10;
        double d = (m00 - m11) * (m00 - m11) / 4 + m01 * m10;
        double u = lucas(a, d, t);
        double uPrev = lucas(a, d, t - 1);
        return new double[] {u * m00 - det * uPrev, u * m01, u * m10, u * m11 - det * uPrev};
    }

    /** The spectral radius (largest |eigenvalue|), the per-step contraction of a mode. */
    public static double spectralRadius(double m00, double m01, double m10, double m11) {
        double a = (m00 + m11) / 2;
        double d = (m00 - m11) * (m00 - m11) / 4 + m01 * m10;
        if (d >= 0) {
            double s = Math.sqrt(d);
            return Math.max(Math.abs(a + s), Math.abs(a - s));
        }
        return Math.sqrt(a * a - d);
    }

    /** {@code Uₜ} for eigenvalues {@code a ± √d}. */
    static double lucas(double a, double d, int t) {
        if (t <= 0) {
            return 0;
        }
        if (t == 1) {
            return 1;
        }
        if (a < 0) {
            return ((t - 1) % 2 == 0 ? 1 : -1) * lucas(-a, d, t);
        }
        if (d == 0) {
            return t * Math.pow(a, t - 1);
        }
        if (d < 0) {
            double rho = Math.sqrt(a * a - d);
            double phi = Math.atan2(Math.sqrt(-d), a);
            return Math.pow(rho, t - 1) * Math.sin(t * phi) / Math.sin(phi);
        }
        double s = Math.sqrt(d);
        double r2 = a - s;
        double x = r2 > 0 ? 2 * s / r2 : Double.POSITIVE_INFINITY;
        if (x < 1) {
            return Math.pow(r2, t - 1) * Math.expm1(t * Math.log1p(x)) / x;
        }
        double r1 = a + s;
        return (Math.pow(r1, t) - Math.pow(r2, t)) / (2 * s);
    }
}
