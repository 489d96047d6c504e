package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Every closed form of {@link ConvArithmetic} and {@link ConvSolver} against enumeration over index positions. */
class ConvArithmeticBruteForceTest {

    private static final int CASES = 4000;

    /** Number of windows a sliding enumeration fits into the padded input. */
    static long slidingCount(long in, long k, long s, long padTotal, long d) {
        long padded = in + padTotal;
        long count = 0;
        for (long start = 0; start + d * (k - 1) < padded; start += s) {
            count++;
        }
        return count;
    }

    /** Output size of a transposed convolution by scattering every input over the output grid, then cropping. */
    static long scatterCount(long in, long k, long s, long padBefore, long padAfter, long d, long op) {
        long last = -1;
        for (long i = 0; i < in; i++) {
            for (long j = 0; j < k; j++) {
                last = Math.max(last, i * s + j * d);
            }
        }
        long full = last + 1 + op;
        long kept = 0;
        for (long q = 0; q < full; q++) {
            if (q >= padBefore && q < full - padAfter) {
                kept++;
            }
        }
        return kept;
    }

    @Test
    void convOutputMatchesSlidingWindowCount() {
        Random r = new Random(11);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(40), k = 1 + r.nextInt(7), s = 1 + r.nextInt(5), d = 1 + r.nextInt(4);
            long p = r.nextInt(12);
            long formula = ConvArithmetic.convOutput(in, k, s, p, d);
            long brute = slidingCount(in, k, s, p, d);
            String what = "in=" + in + " k=" + k + " s=" + s + " P=" + p + " d=" + d;
            if (brute == 0) {
                assertTrue(formula <= 0, what);
            } else {
                assertEquals(brute, formula, what);
            }
        }
    }

    @Test
    void transposedOutputMatchesScatterAndCrop() {
        Random r = new Random(12);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(20), k = 1 + r.nextInt(6), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long pb = r.nextInt(4), pa = r.nextInt(4), op = r.nextInt((int) Math.max(s, d));
            long formula = ConvArithmetic.transposedOutput(in, k, s, pb + pa, d, op);
            long brute = scatterCount(in, k, s, pb, pa, d, op);
            String what = "in=" + in + " k=" + k + " s=" + s + " p=" + pb + ":" + pa + " d=" + d + " op=" + op;
            assertEquals(brute, Math.max(0, formula), what);
        }
    }

    @Test
    void minInputIsTheSmallestInputGivingTheTarget() {
        Random r = new Random(13);
        for (int c = 0; c < CASES; c++) {
            long k = 1 + r.nextInt(6), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3), p = r.nextInt(8);
            long target = 1 + r.nextInt(12);
            long bruteMin = -1, bruteMax = -1;
            for (long in = 1; in <= target * s + d * k + 10; in++) {
                if (slidingCount(in, k, s, p, d) == target) {
                    bruteMin = bruteMin < 0 ? in : bruteMin;
                    bruteMax = in;
                }
            }
            AxisSpec a = new AxisSpec(1, k, s, p / 2, p - p / 2, d, 0);
            OptionalLong min = ConvArithmetic.minInput(target, k, s, p, d);
            MinInputAnswer answer = ConvSolver.minInput(a, target);
            String what = "k=" + k + " s=" + s + " P=" + p + " d=" + d + " target=" + target;
            assertEquals(bruteMin >= 0, min.isPresent(), what);
            assertEquals(bruteMin >= 0, answer.exists(), what);
            if (bruteMin >= 0) {
                assertEquals(bruteMin, min.getAsLong(), what);
                assertEquals(bruteMin, answer.minInput(), what);
                assertEquals(bruteMax, answer.maxInput(), what);
            }
        }
    }

    @Test
    void samePaddingIsTheSmallestPaddingGivingCeilOfInputOverStride() {
        Random r = new Random(14);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(40), k = 1 + r.nextInt(7), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long want = (in + s - 1) / s;
            long brute = -1;
            for (long total = 0; brute < 0; total++) {
                if (slidingCount(in, k, s, total, d) == want) {
                    brute = total;
                }
            }
            SamePadding same = ConvSolver.samePadding(new AxisSpec(in, k, s, 0, 0, d, 0));
            String what = "in=" + in + " k=" + k + " s=" + s + " d=" + d;
            assertEquals(brute, same.before() + same.after(), what);
            assertEquals(brute / 2, same.before(), what);
            assertEquals(want, same.outputSize(), what);
            assertEquals(slidingCount(in, k, s, same.before() + same.after(), d), same.outputSize(), what);
        }
    }

    @Test
    void convPaddingsAreAllSymmetricPaddingsGivingTheTarget() {
        Random r = new Random(15);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(30), k = 1 + r.nextInt(6), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long target = 1 + r.nextInt(20);
            List<Long> brute = new ArrayList<>();
            for (long p = 0; p <= target * s + d * k + 2; p++) {
                if (slidingCount(in, k, s, 2 * p, d) == target) {
                    brute.add(p);
                }
            }
            assertEquals(brute, ConvArithmetic.convPaddingsFor(in, k, s, d, target),
                    "in=" + in + " k=" + k + " s=" + s + " d=" + d + " target=" + target);
        }
    }

    @Test
    void transposedSolutionsAreEveryPairInRange() {
        Random r = new Random(16);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(12), k = 1 + r.nextInt(6), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long target = 1 + r.nextInt(3 * (int) (in * s + d * k));
            List<TransposedSolution> brute = new ArrayList<>();
            for (long op = 0; op < Math.max(s, d); op++) {
                for (long p = 0; p <= in * s + d * k; p++) {
                    if (scatterCount(in, k, s, p, p, d, op) == target) {
                        brute.add(new TransposedSolution(p, op));
                    }
                }
            }
            String what = "in=" + in + " k=" + k + " s=" + s + " d=" + d + " target=" + target;
            assertEquals(brute, ConvArithmetic.transposedSolutions(in, k, s, d, target), what);
            assertEquals(brute, ConvSolver.transposed(AxisSpec.of(in, k, s, 0).withDilation(d), target).solutions(), what);
            for (TransposedSolution t : brute) {
                LayerSpec spec = LayerSpec.of(ConvKind.TRANSPOSED, PaddingMode.ZERO,
                        new AxisSpec(in, k, s, t.padding(), t.padding(), d, t.outputPadding()));
                assertTrue(ConvValidation.check(spec).isEmpty(), what);
            }
        }
    }

    @Test
    void inverseOutputPaddingUndoesTheStridedConvolution() {
        Random r = new Random(17);
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(40), k = 1 + r.nextInt(6), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long p = r.nextInt(4);
            long out = slidingCount(in, k, s, 2 * p, d);
            if (out == 0) {
                continue;
            }
            checked++;
            long op = ConvArithmetic.inverseOutputPadding(in, k, s, 2 * p, d);
            assertTrue(op < s, "op below stride");
            assertEquals(in, scatterCount(out, k, s, p, p, d, op), "in=" + in + " k=" + k + " s=" + s + " p=" + p + " d=" + d);
        }
        assertTrue(checked > CASES / 2);
    }

    @Test
    void outputPaddingAtOrAboveStrideAndDilationIsAProblem() {
        AxisSpec a = new AxisSpec(5, 3, 2, 1, 1, 3, 3);
        List<ValidationProblem> p = ConvValidation.check(LayerSpec.of(ConvKind.TRANSPOSED, PaddingMode.ZERO, a));
        assertEquals(1, p.size());
        assertEquals(Field.OUTPUT_PADDING, p.get(0).field());
        assertFalse(ConvValidation.check(LayerSpec.of(ConvKind.TRANSPOSED, PaddingMode.ZERO, a.withOutputPadding(2))).size() > 0);
    }
}
