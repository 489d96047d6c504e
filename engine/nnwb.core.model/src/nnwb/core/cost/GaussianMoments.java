package nnwb.core.cost;

import java.util.function.DoubleUnaryOperator;

/**
 * E[f(x)²] for x ~ N(0, v), by Simpson's rule over ±12 standard deviations: the second moments of the
 * activations that have no short closed form (ReLU6, hard swish, hard sigmoid, SiLU) and of their
 * derivatives, for the variance at initialisation.
 */
public final class GaussianMoments {

    private static final int INTERVALS = 4000;

    private GaussianMoments() {
    }

    /** E[f(x)²] with x ~ N(0, variance); f(0)² when the variance is 0. */
    public static double second(DoubleUnaryOperator f, double variance) {
        if (!(variance > 0)) {
            double f0 = f.applyAsDouble(0);
            return f0 * f0;
        }
        double sd = Math.sqrt(variance);
        double a = -12 * sd;
        double h = 24 * sd / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double x = a + i * h;
            double fx = f.applyAsDouble(x);
            double w = i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * fx * fx * Math.exp(-x * x / (2 * variance));
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI * variance);
    }

    static double relu6(double x) {
        return Math.min(Math.max(x, 0), 6);
    }

    static double hardSigmoid(double x) {
        return relu6(x + 3) / 6;
    }

    static double hardSwish(double x) {
        return x * hardSigmoid(x);
    }

    static double silu(double x) {
        return x / (1 + Math.exp(-x));
    }

    static double relu6Slope(double x) {
        return x > 0 && x < 6 ? 1 : 0;
    }

    static double hardSigmoidSlope(double x) {
        return x > -3 && x < 3 ? 1.0 / 6 : 0;
    }

    static double hardSwishSlope(double x) {
        return x <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6;
    }

    static double siluSlope(double x) {
        double s = 1 / (1 + Math.exp(-x));
        return s * (1 + x * (1 - s));
    }
}
