package nnwb.core.filter.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Matrix;

/** Where max and average pooling send the gradient back. */
class PoolingTest {

    private static Matrix m(double[][] v) {
        return Matrix.of(v);
    }

    @Test
    void maxPoolingSendsTheWholeGradientToTheMaximum() {
        // Berkeley sheet (c), simplest case: x11 is the largest of the 2 x 2 window
        PoolGrad g = Pooling.backward(m(new double[][] {{9, 1}, {2, 3}}), PoolKind.MAX, 2, 2, m(new double[][] {{5}}));
        assertEquals(m(new double[][] {{5, 0}, {0, 0}}), g.dX());
        assertEquals(9, g.output().get(0, 0));
        assertEquals(1, g.routes().size());
        assertEquals(new PoolRoute(0, 0, 0, 0, 5), g.routes().get(0));
    }

    @Test
    void averagePoolingSpreadsAQuarterToEachCell() {
        PoolGrad g = Pooling.backward(m(new double[][] {{9, 1}, {2, 3}}), PoolKind.AVERAGE, 2, 2, m(new double[][] {{8}}));
        assertEquals(m(new double[][] {{2, 2}, {2, 2}}), g.dX());
        assertEquals(3.75, g.output().get(0, 0));
        assertEquals(4, g.routes().size());
    }

    @Test
    void onALargerMatrixEachWindowRoutesToItsOwnMaximum() {
        Matrix x = m(new double[][] {
                {1, 7, 0, 2},
                {3, 4, 5, 1},
                {8, 0, 1, 1},
                {2, 2, 6, 9}});
        Matrix dY = m(new double[][] {{10, 20}, {30, 40}});
        assertEquals(m(new double[][] {
                {0, 10, 0, 0},
                {0, 0, 20, 0},
                {30, 0, 0, 0},
                {0, 0, 0, 40}}), Pooling.backward(x, PoolKind.MAX, 2, 2, dY).dX());
        assertEquals(m(new double[][] {
                {2.5, 2.5, 5, 5},
                {2.5, 2.5, 5, 5},
                {7.5, 7.5, 10, 10},
                {7.5, 7.5, 10, 10}}), Pooling.backward(x, PoolKind.AVERAGE, 2, 2, dY).dX());
    }

    @Test
    void aTieGoesToTheFirstMaximumInRowMajorOrder() {
        Matrix x = m(new double[][] {{1, 4}, {4, 4}});
        assertEquals(m(new double[][] {{0, 1}, {0, 0}}), Pooling.backward(x, PoolKind.MAX, 2, 2, m(new double[][] {{1}})).dX());
    }

    @Test
    void overlappingWindowsAddTheirShares() {
        // 3 x 3 input, 2 x 2 windows at stride 1: the middle maximum wins all four windows
        Matrix x = m(new double[][] {{0, 0, 0}, {0, 9, 0}, {0, 0, 0}});
        Matrix dY = m(new double[][] {{1, 2}, {3, 4}});
        assertEquals(10, Pooling.backward(x, PoolKind.MAX, 2, 1, dY).dX().get(1, 1));
        assertEquals(10 / 4.0, Pooling.backward(x, PoolKind.AVERAGE, 2, 1, dY).dX().get(1, 1));
        assertEquals(1 / 4.0, Pooling.backward(x, PoolKind.AVERAGE, 2, 1, dY).dX().get(0, 0));
    }

    @Test
    void gradientsMatchFiniteDifferencesWhereMaximaAreUnique() {
        Random r = new Random(51);
        for (int t = 0; t < 100; t++) {
            int n = 2 + r.nextInt(7);
            int size = 1 + r.nextInt(Math.min(3, n));
            int stride = 1 + r.nextInt(3);
            Matrix x = Matrix.generate(n, n, (a, b) -> r.nextDouble());   // distinct with probability 1
            for (PoolKind kind : PoolKind.values()) {
                Matrix y = Pooling.forward(x, kind, size, stride);
                Matrix dY = Matrix.generate(y.rows(), y.cols(), (a, b) -> r.nextGaussian());
                Matrix dX = Pooling.backward(x, kind, size, stride, dY).dX();
                double eps = 1e-7;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        Matrix y2 = Pooling.forward(x.with(i, j, x.get(i, j) + eps), kind, size, stride);
                        double change = 0;
                        for (int a = 0; a < y.rows(); a++) {
                            for (int b = 0; b < y.cols(); b++) {
                                change += (y2.get(a, b) - y.get(a, b)) * dY.get(a, b);
                            }
                        }
                        assertEquals(change / eps, dX.get(i, j), 1e-5);
                    }
                }
            }
        }
    }

    @Test
    void aWindowLargerThanTheInputIsRejected() {
        String msg = assertThrows(IllegalArgumentException.class,
                () -> Pooling.forward(Matrix.zeros(2, 5), PoolKind.MAX, 3, 1)).getMessage();
        assertEquals("pooling: height: kernel 3 is larger than the padded input 2 + 0 = 2", msg);
    }
}
