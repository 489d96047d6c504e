package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.signal.Convolution1d;
import nnwb.core.filter.signal.Filter1dResult;
import nnwb.core.filter.signal.Signal;
import nnwb.core.filter.signal.SignalParser;
import nnwb.filter.ComputeSignals;
import nnwb.test.harness.ComputeServices;

/** 1D filtering on the compute service against the engine's direct sum, and the sheet's rect example. */
class ComputeSignalsTest {

    private static ComputeSignals signals() throws Exception {
        return new ComputeSignals(ComputeServices.started());
    }

    @Test
    void randomSignalsAgreeWithTheEngine() throws Exception {
        Random r = new Random(2);
        for (int i = 0; i < 40; i++) {
            double[] x = r.doubles(1 + r.nextInt(30), -3, 3).toArray();
            double[] h = r.doubles(1 + r.nextInt(12), -3, 3).toArray();
            Signal xs = Signal.of(r.nextInt(21) - 10, x);
            Signal hs = Signal.of(r.nextInt(11) - 5, h);
            Signal expected = Convolution1d.full(xs, hs);
            Signal actual = signals().full(xs, hs);
            assertEquals(expected.first(), actual.first());
            assertArrayEquals(expected.values(), actual.values(), 1e-12);
        }
    }

    /* y(n) = 2 - 2^-n for 0 <= n <= 6 (a partial geometric sum), 2^-(n-6) (2 - 2^-6) after the rect ends, 0 before. */
    private static double rectThroughHalfPowers(int n) {
        return n < 0 ? 0 : n <= 6 ? 2 - Math.pow(2, -n) : Math.pow(2, -(n - 6)) * (2 - Math.pow(2, -6));
    }

    @Test
    void theRectOfLengthSevenThroughHalfToTheN() throws Exception {
        Signal h = SignalParser.parse("response", "geometric:r=0.5,n=20");
        Filter1dResult y = signals().over(SignalParser.parse("signal", "rect:L=7,shift=0"), h, -6, 12);
        for (int n = -6; n <= 12; n++) {
            assertEquals(rectThroughHalfPowers(n), y.at(n), 1e-15, "n = " + n);
        }
        Filter1dResult y2 = signals().over(SignalParser.parse("signal", "rect:L=7,shift=5"), h, -6, 17);
        for (int n = -6; n <= 17; n++) {
            assertEquals(rectThroughHalfPowers(n - 5), y2.at(n), 1e-15, "shifted by 5, n = " + n);
        }
    }

    @Test
    void theWholeOutputStartsAtTheSumOfTheFirstIndices() throws Exception {
        Filter1dResult y = signals().over(Signal.of(-2, 1, 2, 3), Signal.of(3, 1, 1));
        assertArrayEquals(new int[] {1, 2, 3, 4}, y.indices());
        assertArrayEquals(new double[] {1, 3, 5, 3}, y.output(), 0);
    }

    @Test
    void anEmptyRangeIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> signals().over(Signal.of(0, 1), Signal.of(0, 1), 3, 2));
    }
}
