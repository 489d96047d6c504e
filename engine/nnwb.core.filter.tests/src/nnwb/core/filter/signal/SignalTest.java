package nnwb.core.filter.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Signals, their parsing, and full 1D convolution with the right index origin. */
class SignalTest {

    @Test
    void generatedSignalsHaveTheirSamplesAndStart() {
        Signal rect = SignalParser.parse("signal", "rect:L=7,shift=-2");
        assertEquals(-2, rect.first());
        assertEquals(4, rect.last());
        assertEquals(1, rect.at(0));
        assertEquals(0, rect.at(5));
        assertEquals(20, SignalParser.parse("signal", "step").length());
        assertEquals(Signal.of(3, 1), SignalParser.parse("signal", "impulse:shift=3"));
        Signal g = SignalParser.parse("response", "geometric:r=0.5,n=20");
        assertEquals(0.125, g.at(3));
        assertEquals(Math.pow(0.5, 19), g.at(19));
        assertEquals(0, g.at(20));
        Signal sine = SignalParser.parse("signal", "sine:f=0.25,n=8");
        assertEquals(1, sine.at(1), 1e-12);
        assertEquals(-1, sine.at(3), 1e-12);
    }

    @Test
    void explicitSamplesStartAtZeroOrWhereTheAtSignSays() {
        assertEquals(Signal.of(0, 1, 2, 3), SignalParser.parse("signal", "1,2,3"));
        assertEquals(Signal.of(-2, 1, 2, 3), SignalParser.parse("signal", "1, 2, 3 @ -2"));
    }

    @Test
    void fullConvolutionMatchesTheDefiningSumOnRandomSignals() {
        Random r = new Random(8);
        for (int t = 0; t < 200; t++) {
            Signal x = Signal.of(r.nextInt(11) - 5, random(r, 1 + r.nextInt(8)));
            Signal h = Signal.of(r.nextInt(11) - 5, random(r, 1 + r.nextInt(8)));
            Filter1dResult y = Convolution1d.over(x, h, -20, 20);
            for (int n = -20; n <= 20; n++) {
                double s = 0;
                for (int i = -40; i <= 40; i++) {
                    s += x.at(i) * h.at(n - i);
                }
                assertEquals(s, y.at(n), 1e-12);
            }
        }
    }

    private static double[] random(Random r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextInt(9) - 4;
        }
        return a;
    }

    @Test
    void convolutionIsCommutativeAndAnImpulseIsItsIdentity() {
        Signal x = Signal.of(-1, 3, 1, 4, 1, 5);
        Signal h = Signal.of(2, 2, 7, 1);
        assertEquals(Convolution1d.full(x, h), Convolution1d.full(h, x));
        assertEquals(x, Convolution1d.full(x, Signal.of(0, 1)));
        assertEquals(x.shifted(4), Convolution1d.full(x, Signal.of(4, 1)));
    }

    @Test
    void theResultIsReadyForJson() {
        Filter1dResult y = Convolution1d.over(Signal.of(0, 1, 1), Signal.of(0, 1, 1), -1, 3);
        Map<String, Object> json = y.toJson();
        assertEquals(List.of(-1, 0, 1, 2, 3), json.get("indices"));
        assertEquals(List.of(0.0, 1.0, 2.0, 1.0, 0.0), json.get("output"));
        assertArrayEquals(new double[] {1, 2, 1}, Convolution1d.over(Signal.of(0, 1, 1), Signal.of(0, 1, 1)).output());
    }

    @Test
    void badSignalsSayWhatIsWrong() {
        assertEquals("unknown signal 'square'; use rect, step, impulse, sine, geometric or samples like 1,2,3", message("square"));
        assertEquals("rect: l must be in 1..1000000, got 0", message("rect:L=0"));
        assertEquals("unknown parameter 'r' for rect; accepted: l, shift", message("rect:r=2"));
        assertEquals("signal start index after '@' must be a whole number, got 'x'", message("1,2@x"));
        assertEquals("signal samples must be one row separated by commas, got 2 rows", message("1;2"));
        assertEquals("index range 3..1 is empty: from must not exceed to",
                assertThrows(IllegalArgumentException.class, () -> Convolution1d.over(Signal.of(0, 1), Signal.of(0, 1), 3, 1)).getMessage());
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> SignalParser.parse("signal", text)).getMessage();
    }
}
