package nnwb.core.filter.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;

/**
 * dW and dX against the loss {@code L = sum dY * Y}: the output is linear in W and in X, so the change of L
 * when one weight (or input cell) rises by 1 is exactly that weight's (cell's) gradient.
 */
class ConvGradientsTest {

    private static double loss(Matrix x, Kernel w, Matrix dY, FilterSpec spec) {
        Matrix y = ReferenceFilter.apply(w, Image.gray(x), spec).channel(0);
        double s = 0;
        for (int i = 0; i < y.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                s += y.get(i, j) * dY.get(i, j);
            }
        }
        return s;
    }

    @Test
    void gradientsMatchTheChangeOfTheLossForRandomGeometries() {
        Random r = new Random(41);
        int checked = 0;
        while (checked < 150) {
            int rows = 3 + r.nextInt(7);
            int cols = 3 + r.nextInt(7);
            int kr = 1 + r.nextInt(3);
            int kc = 1 + r.nextInt(3);
            PadMode mode = PadMode.values()[r.nextInt(4)];
            int cap = mode == PadMode.REFLECT ? 2 : 3;
            FilterSpec spec = new FilterSpec(r.nextBoolean() ? FilterMode.CORRELATION : FilterMode.CONVOLUTION, mode,
                    new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(2), r.nextInt(cap), r.nextInt(cap)),
                    new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(2), r.nextInt(cap), r.nextInt(cap)));
            Matrix x = Matrix.generate(rows, cols, (a, b) -> r.nextInt(7) - 3);
            Kernel w = new Kernel(Matrix.generate(kr, kc, (a, b) -> r.nextInt(7) - 3));
            Matrix y;
            try {
                y = ReferenceFilter.apply(w, Image.gray(x), spec).channel(0);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Matrix dY = Matrix.generate(y.rows(), y.cols(), (a, b) -> r.nextInt(7) - 3);
            ConvGrad g = ConvGradients.of(x, w, dY, spec);
            double base = loss(x, w, dY, spec);
            for (int a = 0; a < kr; a++) {
                for (int b = 0; b < kc; b++) {
                    assertEquals(loss(x, w.adjusted(a, b, 1), dY, spec) - base, g.dW().get(a, b), 1e-9, spec.toString());
                }
            }
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    Matrix bumped = x.with(i, j, x.get(i, j) + 1);
                    assertEquals(loss(bumped, w, dY, spec) - base, g.dX().get(i, j), 1e-9, spec.toString());
                }
            }
            checked++;
        }
    }

    @Test
    void withoutPaddingAtStrideOneDwIsTheInputCorrelatedWithTheUpstreamGradient() {
        // Berkeley sheet, weights and gradients (a): dw[h,l] = sum_{i,j} x[i+h, j+l] dy[i,j] (0-based)
        Random r = new Random(43);
        int n = 7;
        int k = 3;
        int m = n - k + 1;
        Matrix x = Matrix.generate(n, n, (a, b) -> r.nextGaussian());
        Matrix dY = Matrix.generate(m, m, (a, b) -> r.nextGaussian());
        Matrix dW = ConvGradients.weightGradient(x, dY, k, k, FilterSpec.valid(FilterMode.CORRELATION));
        for (int h = 0; h < k; h++) {
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        s += x.get(i + h, j + l) * dY.get(i, j);
                    }
                }
                assertEquals(s, dW.get(h, l), 1e-12);
            }
        }
        // ... and dW is exactly what the reference filter gives for X correlated with dY as a kernel
        Matrix viaFilter = ReferenceFilter.apply(new Kernel(dY), Image.gray(x), FilterSpec.valid(FilterMode.CORRELATION)).channel(0);
        assertEquals(0, dW.maxAbsDifference(viaFilter), 1e-12);
    }

    @Test
    void oneSgdStepSubtractsTheScaledGradient() {
        Kernel w = Kernel.of(new double[][] {{1, 2}, {3, 4}});
        Matrix dW = Matrix.of(new double[][] {{10, 0}, {-10, 2}});
        assertEquals(Matrix.of(new double[][] {{0, 2}, {4, 3.8}}), ConvGradients.sgdStep(w, dW, 0.1));
    }

    @Test
    void anUpstreamGradientOfTheWrongShapeIsRejected() {
        String m = assertThrows(IllegalArgumentException.class, () -> ConvGradients.of(Matrix.zeros(5, 5), Kernel.zeros(3, 3),
                Matrix.zeros(2, 3), FilterSpec.valid(FilterMode.CORRELATION))).getMessage();
        assertEquals("the upstream gradient dY is 2 x 3 but the output is 3 x 3", m);
    }
}
