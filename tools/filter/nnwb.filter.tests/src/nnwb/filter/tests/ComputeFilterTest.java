package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ImpulseTest;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.filter.ComputeFilter;
import nnwb.filter.PreviewFilter;
import nnwb.test.harness.ComputeServices;

/** The compute service's filtering against the engine's plain-Java reference, for random cases of every kind. */
class ComputeFilterTest {

    private static ComputeFilter filter() throws Exception {
        return new ComputeFilter(ComputeServices.started());
    }

    private static Matrix random(Random r, int rows, int cols) {
        return Matrix.generate(rows, cols, (a, b) -> Math.round(r.nextGaussian() * 100) / 25.0);
    }

    /** A random valid case per call: kernels 1..6 per side (odd and even), strides 1..3, dilations 1..3, pads 0..4. */
    private static Object[] randomCase(Random r, PadMode padMode) {
        while (true) {
            int rows = 3 + r.nextInt(14);
            int cols = 3 + r.nextInt(14);
            Kernel k = new Kernel(random(r, 1 + r.nextInt(6), 1 + r.nextInt(6)));
            FilterMode mode = r.nextBoolean() ? FilterMode.CORRELATION : FilterMode.CONVOLUTION;
            AxisParams ra = new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(3), r.nextInt(5), r.nextInt(5));
            AxisParams ca = new AxisParams(1 + r.nextInt(3), 1 + r.nextInt(3), r.nextInt(5), r.nextInt(5));
            FilterSpec spec = new FilterSpec(mode, padMode, ra, ca);
            try {
                FilterPlan.of(k, rows, cols, spec);
            } catch (IllegalArgumentException invalid) {
                continue;   // e.g. reflect padding as wide as the input, or a kernel wider than the padded input
            }
            int channels = r.nextInt(4) == 0 ? 3 : 1;
            List<Matrix> ch = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                ch.add(random(r, rows, cols));
            }
            return new Object[] {k, new Image(ch), spec};
        }
    }

    @ParameterizedTest(name = "{0} padding, 60 random cases")
    @EnumSource(PadMode.class)
    void backendAgreesWithTheReference(PadMode padMode) throws Exception {
        ComputeFilter f = filter();
        Random r = new Random(17 + padMode.ordinal());
        Map<FilterMode, Integer> modes = new EnumMap<>(FilterMode.class);
        int strided = 0;
        int dilated = 0;
        for (int i = 0; i < 60; i++) {
            Object[] c = randomCase(r, padMode);
            Kernel k = (Kernel) c[0];
            Image in = (Image) c[1];
            FilterSpec spec = (FilterSpec) c[2];
            Image expected = ReferenceFilter.apply(k, in, spec);
            Image actual = f.apply(k, in, spec);
            assertEquals(expected.channelCount(), actual.channelCount());
            assertEquals(expected.rows(), actual.rows());
            assertEquals(expected.cols(), actual.cols());
            double scale = Math.max(1, k.values().absSum() * 5);
            assertTrue(expected.maxAbsDifference(actual) <= 1e-12 * scale, () -> "case " + k + " / " + spec);
            modes.merge(spec.mode(), 1, Integer::sum);
            strided += spec.rows().stride() > 1 || spec.cols().stride() > 1 ? 1 : 0;
            dilated += spec.rows().dilation() > 1 || spec.cols().dilation() > 1 ? 1 : 0;
        }
        assertEquals(2, modes.size(), "both operations were drawn");
        assertTrue(strided > 10 && dilated > 10, strided + " strided, " + dilated + " dilated");
    }

    @Test
    void thePreviewPathIsTheReference() throws Exception {
        Random r = new Random(5);
        for (int i = 0; i < 20; i++) {
            Object[] c = randomCase(r, PadMode.values()[i % 4]);
            FilterPlan plan = FilterPlan.of((Kernel) c[0], (Image) c[1], (FilterSpec) c[2]);
            assertEquals(ReferenceFilter.apply((Kernel) c[0], (Image) c[1], (FilterSpec) c[2]), PreviewFilter.apply(plan, (Image) c[1]));
        }
    }

    @Test
    void aFilterBankMixesChannelsAndAddsTheBias() throws Exception {
        Random r = new Random(3);
        List<List<Kernel>> kernels = new ArrayList<>();
        for (int o = 0; o < 4; o++) {
            List<Kernel> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                row.add(new Kernel(random(r, 3, 2)));
            }
            kernels.add(row);
        }
        FilterBank bank = new FilterBank(kernels, List.of(0.5, -1.0, 0.0, 2.25));
        Image in = new Image(List.of(random(r, 9, 7), random(r, 9, 7), random(r, 9, 7)));
        for (PadMode p : PadMode.values()) {
            for (FilterMode m : FilterMode.values()) {
                FilterSpec spec = new FilterSpec(m, p, new AxisParams(2, 1, 1, 2), new AxisParams(1, 2, 2, 1));
                Image expected = ReferenceFilter.apply(bank, in, spec);
                assertTrue(expected.maxAbsDifference(filter().apply(bank, in, spec)) < 1e-12, p + " " + m);
            }
        }
    }

    @Test
    void theImpulseTestOnTheBackendTellsCorrelationFromConvolution() throws Exception {
        Kernel k = KernelParser.parse("1,2,3;4,5,6");   // 2 x 3, even rows
        ImpulseTest corr = filter().impulseTest(k, FilterMode.CORRELATION);
        assertEquals(ImpulseTest.Verdict.FLIPPED_KERNEL, corr.verdict());
        assertEquals(k.flipped().values(), corr.output());
        ImpulseTest conv = filter().impulseTest(k, FilterMode.CONVOLUTION);
        assertEquals(ImpulseTest.Verdict.KERNEL, conv.verdict());
        assertEquals(k.values(), conv.output());
        assertEquals(ImpulseTest.Verdict.CANNOT_TELL, filter().impulseTest(KernelParser.parse("gaussian:sigma=1"),
                FilterMode.CORRELATION).verdict());
        // Sobel y flips to its negative: the impulse shows it
        assertEquals(ImpulseTest.Verdict.FLIPPED_KERNEL, filter().impulseTest(KernelParser.parse("sobel-y"),
                FilterMode.CORRELATION).verdict());
    }

    @Test
    void theImpulseTestJudgesEveryRandomKernelRight() throws Exception {
        Random r = new Random(11);
        for (int i = 0; i < 15; i++) {
            Kernel k = new Kernel(random(r, 1 + r.nextInt(15), 1 + r.nextInt(15)));
            if (k.isFlipSymmetric()) {
                continue;
            }
            assertEquals(ImpulseTest.Verdict.FLIPPED_KERNEL, filter().impulseTest(k, FilterMode.CORRELATION).verdict());
            assertEquals(ImpulseTest.Verdict.KERNEL, filter().impulseTest(k, FilterMode.CONVOLUTION).verdict());
        }
    }

    /*
     * The Berkeley sheet's Sobel kernel over 1..25 as true convolution, no padding, stride 1. The flipped kernel has
     * rows (1,2,1), (0,0,0), (-1,-2,-1); over x[r,c] = 5r + c + 1 each row sum (x[r,c-1] + 2x[r,c] + x[r,c+1]) is
     * 4 x[r,c], so the output is 4 (x[i,j+1] - x[i+2,j+1]) = 4 * (-10) = -40 in every cell.
     */
    @Test
    void sobelOverOneToTwentyFiveIsMinusFortyOnTheBackend() throws Exception {
        Image out = filter().apply(KernelParser.parse("-1,-2,-1;0,0,0;1,2,1"), TestImages.sequence(5, 5),
                FilterSpec.valid(FilterMode.CONVOLUTION));
        assertEquals(Matrix.generate(3, 3, (r, c) -> -40), out.channel(0));
    }

    @Test
    void aSinglePixelImageAndAOneByOneKernelWork() throws Exception {
        Image out = filter().apply(Kernel.of(new double[][] {{2.5}}), Image.gray(Matrix.of(new double[][] {{4}})),
                FilterSpec.valid(FilterMode.CONVOLUTION));
        assertEquals(10, out.channel(0).get(0, 0));
    }
}
