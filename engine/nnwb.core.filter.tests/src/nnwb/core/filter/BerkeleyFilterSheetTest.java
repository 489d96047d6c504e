package nnwb.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.equivariance.FeatureNet;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.core.filter.signal.Convolution1d;
import nnwb.core.filter.signal.Filter1dResult;
import nnwb.core.filter.signal.Signal;
import nnwb.core.filter.signal.SignalParser;

/** The Berkeley convolutions homework's filter questions, answered with the engine and checked by hand. */
class BerkeleyFilterSheetTest {

    private static final Image ONE_TO_25 = TestImages.sequence(5, 5);
    private static final Kernel SOBEL = KernelParser.parse("-1,-2,-1; 0,0,0; 1,2,1");

    private static Matrix conv(FilterSpec spec) {
        return ReferenceFilter.apply(SOBEL, ONE_TO_25, spec).channel(0);
    }

    /*
     * Problem 3 (c) and (d): the Sobel kernel over the 5 x 5 matrix 1..25 as TRUE convolution. By hand: true
     * convolution slides the flipped kernel, whose top row is (1,2,1) and bottom row (-1,-2,-1). Let
     * A(r, j) = x[r, j-1] + 2 x[r, j] + x[r, j+1] (zero outside); with x[r, c] = 5r + c + 1 (0-based),
     * A(r, j) = 20r + 4j + 4 inside, A(r, 0) = 15r + 4 and A(r, 4) = 15r + 14 at the zero-padded edges.
     * Output (i, j) of the padded grid = A(i-1, j) - A(i+1, j).
     */
    @Test
    void sobelOverOneToTwentyFiveWithoutPaddingIsMinusFortyEverywhere() {
        // A(i, j) - A(i+2, j) = (20i + ...) - (20(i+2) + ...) = -40 for every inner cell
        assertEquals(Matrix.of(new double[][] {{-40, -40, -40}, {-40, -40, -40}, {-40, -40, -40}}),
                conv(FilterSpec.valid(FilterMode.CONVOLUTION)));
    }

    @Test
    void sobelOverOneToTwentyFiveWithStrideOneAndPaddingOne() {
        // rows of A: A(0) = 4 8 12 16 14, A(1) = 19 28 32 36 29, A(2) = 34 48 52 56 44,
        //            A(3) = 49 68 72 76 59, A(4) = 64 88 92 96 74; A(-1) = A(5) = 0
        Matrix expected = Matrix.of(new double[][] {
                {-19, -28, -32, -36, -29},   // 0 - A(1)
                {-30, -40, -40, -40, -30},   // A(0) - A(2)
                {-30, -40, -40, -40, -30},   // A(1) - A(3)
                {-30, -40, -40, -40, -30},   // A(2) - A(4)
                {49, 68, 72, 76, 59}});      // A(3) - 0
        assertEquals(expected, conv(FilterSpec.of(FilterMode.CONVOLUTION, 1, 1, PadMode.ZERO, 1)));
    }

    @Test
    void sobelOverOneToTwentyFiveWithStrideTwoAndPaddingOne() {
        // rows and columns 0, 2, 4 of the stride-1 result
        assertEquals(Matrix.of(new double[][] {{-19, -32, -29}, {-30, -40, -30}, {49, 72, 59}}),
                conv(FilterSpec.of(FilterMode.CONVOLUTION, 2, 1, PadMode.ZERO, 1)));
    }

    @Test
    void correlationWouldGiveTheOppositeSignBecauseThisKernelFlipsToItsNegative() {
        assertEquals(conv(FilterSpec.valid(FilterMode.CONVOLUTION)).map(v -> -v), conv(FilterSpec.valid(FilterMode.CORRELATION)));
    }

    /*
     * Problem 3 (a): a rect of length L = 7 through h(n) = (1/2)^n u(n). By the geometric series,
     * y(n) = 0 for n < 0, sum_{i=0..n} 2^-i = 2 - 2^-n for 0 <= n <= 6, and
     * sum_{i=n-6..n} 2^-i = 2^-(n-6) (2 - 2^-6) for n >= 7. The response truncated at 20 taps changes nothing
     * before n = 20.
     */
    private static double rectThroughHalfPowers(int n) {
        if (n < 0) {
            return 0;
        }
        return n <= 6 ? 2 - Math.pow(2, -n) : Math.pow(2, -(n - 6)) * (2 - Math.pow(2, -6));
    }

    @Test
    void rectThroughHalfToTheNIsTheGeometricSeriesFromMinusSixToTwelve() {
        Filter1dResult y = Convolution1d.over(SignalParser.parse("signal", "rect:L=7,shift=0"),
                SignalParser.parse("response", "geometric:r=0.5,n=20"), -6, 12);
        assertEquals(19, y.indices().length);
        for (int n = -6; n <= 12; n++) {
            assertEquals(rectThroughHalfPowers(n), y.at(n), 1e-12, "n = " + n);
        }
        assertEquals(2 - 1 / 64.0, y.at(6), 1e-15);   // the peak at the rect's last sample
    }

    @Test
    void shiftingTheRectByFiveShiftsTheOutputByFive() {
        // Problem 3 (b): x2(n) = x(n - 5) gives y2(n) = y(n - 5): time invariance
        Signal h = SignalParser.parse("response", "geometric:r=0.5,n=20");
        Filter1dResult y2 = Convolution1d.over(SignalParser.parse("signal", "rect:L=7,shift=5"), h, -6, 17);
        for (int n = -6; n <= 17; n++) {
            assertEquals(rectThroughHalfPowers(n - 5), y2.at(n), 1e-12, "n = " + n);
        }
    }

    /*
     * Problem 4 (f): CONV2-3 -> ReLU -> CONV2-3 -> ReLU -> GAP with circular padding 1 and stride 1. The sheet
     * does not give the network, only that a horizontal-edge image gives features (0.8, 0, 0) and a
     * vertical-edge image (0, 0.8, 0). We take 8 x 8 images with a one-pixel line and pick weights that give
     * exactly those features: layer 1 has a horizontal-line detector (1,1 over -1,-1), a vertical-line
     * detector (its transpose) and a checker kernel that a straight line cannot excite; layer 2 passes each
     * channel on through its top-left weight c. A line fires one full row (or column) of 9 cells of 2 in the
     * 9 x 9 first map. Layer 2 pads that map circularly again: its 10 x 10 output reads the map's last column
     * (and last row) twice, so the fired row shows up in 10 cells, 20c in all; c = 0.8 * 100 / 20 = 4.
     */
    private static FeatureNet berkeleyNet() {
        Kernel horizontal = KernelParser.parse("1,1;-1,-1");
        Kernel vertical = KernelParser.parse("1,-1;1,-1");
        Kernel checker = KernelParser.parse("1,-1;-1,1");
        FilterBank first = FilterBank.ofSingleInput(List.of(horizontal, vertical, checker));
        double c = 4;
        Kernel pass = Kernel.zeros(2, 2).with(0, 0, c);
        Kernel none = Kernel.zeros(2, 2);
        FilterBank second = new FilterBank(List.of(List.of(pass, none, none), List.of(none, pass, none),
                List.of(none, none, pass)), null);
        return new FeatureNet(List.of(first, second), FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1));
    }

    @Test
    void theEdgeImagesGiveTheSheetsFeatures() {
        FeatureNet net = berkeleyNet();
        assertArrayEquals(new double[] {0.8, 0, 0}, net.features(TestImages.horizontalLine(8, 8, 2)), 1e-12);
        assertArrayEquals(new double[] {0, 0.8, 0}, net.features(TestImages.verticalLine(8, 8, 2)), 1e-12);
    }

    @Test
    void aShiftedVerticalEdgeGivesTheSameFeaturesAsTheVerticalEdge() {
        // x3 of the sheet: the vertical line in column 6 of 8 (0-based); g3 = g2 = (0, 0.8, 0) by equivariance + GAP
        FeatureNet net = berkeleyNet();
        assertArrayEquals(new double[] {0, 0.8, 0}, net.features(TestImages.verticalLine(8, 8, 6)), 1e-12);
        assertArrayEquals(new double[] {0.8, 0, 0}, net.features(TestImages.horizontalLine(8, 8, 5)), 1e-12);
    }

    @Test
    void withTwoByTwoKernelsAndPaddingOneTheWrapSeamIsCountedTwice() {
        // A finding, not in the sheet: kernel 2 with padding 1 makes a 9 x 9 map from an 8 x 8 torus, so the
        // first and last output columns both read columns 7 and 0. A line on that seam fires twice, and the
        // features are no longer those of the other positions. Same-size maps (3 x 3, padding 1) have no seam.
        FeatureNet net = berkeleyNet();
        assertFalse(Math.abs(net.features(TestImages.verticalLine(8, 8, 7))[1] - 0.8) < 1e-9);
        FeatureNet same = new FeatureNet(List.of(FilterBank.ofSingleInput(List.of(KernelParser.parse("sobel-x")))),
                FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1));
        double reference = same.features(TestImages.verticalLine(8, 8, 2))[0];
        for (int col = 0; col < 8; col++) {
            assertEquals(reference, same.features(TestImages.verticalLine(8, 8, col))[0], 1e-12);
        }
    }
}
