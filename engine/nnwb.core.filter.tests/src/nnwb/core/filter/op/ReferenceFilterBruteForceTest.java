package nnwb.core.filter.op;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/** The reference filter against the direct formula on random kernels, inputs, strides, paddings and dilations. */
class ReferenceFilterBruteForceTest {

    private static final int CASES = 3000;

    static double[][] random(Random r, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int c = 0; c < cols; c++) {
                row[c] = r.nextInt(19) - 9 + (r.nextBoolean() ? 0.25 : 0);
            }
        }
        return a;
    }

    /** A random spec whose padding suits its mode (reflect below the input, circular at most the input). */
    static FilterSpec randomSpec(Random r, int rows, int cols) {
        PadMode mode = PadMode.values()[r.nextInt(4)];
        FilterMode op = r.nextBoolean() ? FilterMode.CORRELATION : FilterMode.CONVOLUTION;
        return new FilterSpec(op, mode, axis(r, rows, mode), axis(r, cols, mode));
    }

    private static AxisParams axis(Random r, int n, PadMode mode) {
        int cap = switch (mode) {
            case REFLECT -> n - 1;
            case CIRCULAR -> n;
            default -> 4;
        };
        int c = Math.min(cap, 4);
        return new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(3), r.nextInt(c + 1), r.nextInt(c + 1));
    }

    @Test
    void referenceMatchesTheDirectFormulaOnRandomCases() {
        Random r = new Random(101);
        int checked = 0;
        for (int t = 0; t < CASES; t++) {
            int rows = 1 + r.nextInt(10);
            int cols = 1 + r.nextInt(10);
            int kr = 1 + r.nextInt(5);
            int kc = 1 + r.nextInt(5);
            FilterSpec spec = randomSpec(r, rows, cols);
            double[][] x = random(r, rows, cols);
            double[][] w = random(r, kr, kc);
            double[][] expected;
            try {
                expected = BruteForce.filter(x, w, spec);
            } catch (IndexOutOfBoundsException e) {
                expected = null;   // reflect on a 1-cell axis: nothing to mirror, the plan must reject it too
            }
            boolean fits = expected != null && expected.length > 0 && expected[0].length > 0;
            if (!fits) {
                FilterSpec s = spec;
                assertTrue(throwsIllegalArgument(() -> ReferenceFilter.apply(Kernel.of(w), Image.gray(Matrix.of(x)), s)),
                        "a kernel that does not fit must be rejected: " + spec);
                continue;
            }
            Matrix got = ReferenceFilter.apply(Kernel.of(w), Image.gray(Matrix.of(x)), spec).channel(0);
            assertEquals(expected.length, got.rows(), spec.toString());
            assertEquals(expected[0].length, got.cols(), spec.toString());
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], got.toArray()[i], 1e-9, spec.toString());
            }
            checked++;
        }
        assertTrue(checked > CASES / 2, "most random cases are valid: " + checked);
    }

    private static boolean throwsIllegalArgument(Runnable r) {
        try {
            r.run();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Test
    void outputSizeIsTheConvArithmeticFormula() {
        Random r = new Random(5);
        for (int t = 0; t < 500; t++) {
            int n = 5 + r.nextInt(20);
            int k = 1 + r.nextInt(3);
            int s = 1 + r.nextInt(4);
            int p = r.nextInt(3);
            int d = 1 + r.nextInt(2);
            FilterPlan plan = FilterPlan.of(Kernel.zeros(k, k), n, n, FilterSpec.of(FilterMode.CORRELATION, s, p, PadMode.ZERO, d));
            assertEquals(Math.floorDiv(n + 2 * p - d * (k - 1) - 1, s) + 1, plan.outputRows());
            assertEquals(plan.outputRows(), plan.outputCols());
        }
    }

    @Test
    void trueConvolutionIsCorrelationWithTheFlippedKernel() {
        Random r = new Random(7);
        for (int t = 0; t < 300; t++) {
            int rows = 3 + r.nextInt(8);
            int cols = 3 + r.nextInt(8);
            FilterSpec spec = randomSpec(r, rows, cols);
            Kernel k = Kernel.of(random(r, 1 + r.nextInt(3), 1 + r.nextInt(3)));
            Image x = Image.gray(Matrix.of(random(r, rows, cols)));
            try {
                Image conv = ReferenceFilter.apply(k, x, spec.withMode(FilterMode.CONVOLUTION));
                Image corr = ReferenceFilter.apply(k.flipped(), x, spec.withMode(FilterMode.CORRELATION));
                assertEquals(0, conv.maxAbsDifference(corr), 1e-12);
            } catch (IllegalArgumentException e) {
                // the random geometry did not fit; the brute-force test covers rejections
            }
        }
    }

    @Test
    void validTrueConvolutionIsTheSignalProcessingSum() {
        // y[m,n] = sum_{i,j} x[m-i, n-j] h[i,j], kept where the kernel lies inside the input (m, n >= k-1)
        Random r = new Random(9);
        for (int t = 0; t < 200; t++) {
            int rows = 3 + r.nextInt(6);
            int cols = 3 + r.nextInt(6);
            double[][] x = random(r, rows, cols);
            double[][] h = random(r, 1 + r.nextInt(3), 1 + r.nextInt(3));
            Matrix y = ReferenceFilter.apply(Kernel.of(h), Image.gray(Matrix.of(x)), FilterSpec.valid(FilterMode.CONVOLUTION)).channel(0);
            for (int m = h.length - 1; m < rows; m++) {
                for (int n = h[0].length - 1; n < cols; n++) {
                    double s = 0;
                    for (int i = 0; i < h.length; i++) {
                        for (int j = 0; j < h[0].length; j++) {
                            s += x[m - i][n - j] * h[i][j];
                        }
                    }
                    assertEquals(s, y.get(m - h.length + 1, n - h[0].length + 1), 1e-9);
                }
            }
        }
    }

    @Test
    void rgbImagesAreFilteredChannelByChannel() {
        Random r = new Random(11);
        Matrix red = Matrix.of(random(r, 6, 7));
        Matrix green = Matrix.of(random(r, 6, 7));
        Matrix blue = Matrix.of(random(r, 6, 7));
        Kernel k = Kernel.of(random(r, 3, 3));
        FilterSpec spec = FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.REFLECT, 1);
        Image out = ReferenceFilter.apply(k, Image.rgb(red, green, blue), spec);
        assertEquals(3, out.channelCount());
        List<Matrix> one = List.of(red, green, blue);
        for (int c = 0; c < 3; c++) {
            assertEquals(ReferenceFilter.apply(k, Image.gray(one.get(c)), spec).channel(0), out.channel(c));
        }
    }

    @Test
    void aFilterBankSumsItsInputChannelsAndAddsTheBias() {
        Random r = new Random(13);
        Image x = new Image(List.of(Matrix.of(random(r, 5, 5)), Matrix.of(random(r, 5, 5))));
        Kernel a = Kernel.of(random(r, 2, 2));
        Kernel b = Kernel.of(random(r, 2, 2));
        FilterBank bank = new FilterBank(List.of(List.of(a, b)), List.of(0.5));
        FilterSpec spec = FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1);
        Matrix got = ReferenceFilter.apply(bank, x, spec).channel(0);
        Matrix fa = ReferenceFilter.apply(a, Image.gray(x.channel(0)), spec).channel(0);
        Matrix fb = ReferenceFilter.apply(b, Image.gray(x.channel(1)), spec).channel(0);
        assertEquals(0, got.maxAbsDifference(Matrix.generate(6, 6, (i, j) -> fa.get(i, j) + fb.get(i, j) + 0.5)), 1e-12);
    }

    @Test
    void thePaddedCopyThenAnUnpaddedCorrelationGivesTheSameOutput() {
        // the path a compute backend takes: FilterPlan.pad, then a valid correlation with slidingKernel()
        Random r = new Random(17);
        for (int t = 0; t < 200; t++) {
            int rows = 3 + r.nextInt(8);
            int cols = 3 + r.nextInt(8);
            FilterSpec spec = randomSpec(r, rows, cols);
            Kernel k = Kernel.of(random(r, 1 + r.nextInt(3), 1 + r.nextInt(3)));
            Image x = Image.gray(Matrix.of(random(r, rows, cols)));
            FilterPlan plan;
            try {
                plan = FilterPlan.of(k, x, spec);
            } catch (IllegalArgumentException e) {
                continue;
            }
            FilterSpec unpadded = new FilterSpec(FilterMode.CORRELATION, PadMode.ZERO,
                    new AxisParams(spec.rows().stride(), spec.rows().dilation(), 0, 0),
                    new AxisParams(spec.cols().stride(), spec.cols().dilation(), 0, 0));
            Image viaPad = ReferenceFilter.apply(plan.slidingKernel(), plan.pad(x), unpadded);
            assertEquals(0, ReferenceFilter.apply(k, x, spec).maxAbsDifference(viaPad), 1e-12);
        }
    }
}
