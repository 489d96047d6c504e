package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Dropped, unread and cropped cells against sliding-window and scatter enumeration. */
class ConvWarningsBruteForceTest {

    private static final int CASES = 3000;

    static Set<Long> cells(List<ConvWarning> warnings, ConvWarning.Type type) {
        Set<Long> out = new TreeSet<>();
        for (ConvWarning w : warnings) {
            if (w.type() == type) {
                for (IndexRange r : w.inputRanges()) {
                    for (long i = r.first(); i <= r.last(); i++) {
                        out.add(i);
                    }
                }
                assertEquals(out.size(), w.inputCells());
            }
        }
        return out;
    }

    @Test
    void droppedTailAndUnreadCellsMatchEnumeration() {
        Random r = new Random(31);
        PaddingMode[] modes = PaddingMode.values();
        for (int c = 0; c < CASES; c++) {
            PaddingMode mode = modes[r.nextInt(modes.length)];
            long in = 2 + r.nextInt(20), k = 1 + r.nextInt(5), s = 1 + r.nextInt(6), d = 1 + r.nextInt(4);
            long cap = Math.min(4, mode == PaddingMode.REFLECT ? in - 1 : in);
            long pb = r.nextInt((int) cap + 1), pa = r.nextInt((int) cap + 1);
            List<Long> labels = AxisGeometryBruteForceTest.paddedLabels(in, pb, pa, mode);
            if (d * (k - 1) >= labels.size()) {
                continue;
            }
            long lastCovered = -1;
            Set<Long> read = new TreeSet<>();
            for (long start = 0; start + d * (k - 1) < labels.size(); start += s) {
                lastCovered = Math.max(lastCovered, start + d * (k - 1));
                for (long j = 0; j < k; j++) {
                    read.add(labels.get((int) (start + j * d)));
                }
            }
            Set<Long> tailInputs = new TreeSet<>();
            long tailPadding = 0;
            for (int p = (int) lastCovered + 1; p < labels.size(); p++) {
                if (p >= pb && p < pb + in) {
                    tailInputs.add((long) p - pb);
                } else {
                    tailPadding++;
                }
            }
            Set<Long> unread = new TreeSet<>();
            for (long i = 0; i < in; i++) {
                if (!read.contains(i) && !tailInputs.contains(i)) {
                    unread.add(i);
                }
            }
            AxisSpec a = new AxisSpec(in, k, s, pb, pa, d, 0);
            List<ConvWarning> w = ConvWarnings.of(ConvKind.CONV, mode, a);
            String what = a + " " + mode;
            assertEquals(tailInputs, cells(w, ConvWarning.Type.STRIDE_REMAINDER), what);
            long reportedPadding = w.stream().filter(x -> x.type() == ConvWarning.Type.STRIDE_REMAINDER)
                    .mapToLong(ConvWarning::paddingCells).sum();
            assertEquals(tailPadding, reportedPadding, what);
            assertEquals(tailInputs.isEmpty() && tailPadding == 0,
                    w.stream().noneMatch(x -> x.type() == ConvWarning.Type.STRIDE_REMAINDER), what);
            assertEquals(unread, cells(w, ConvWarning.Type.UNREAD_INPUT), what);
        }
    }

    @Test
    void croppedTransposedInputsMatchTheScatter() {
        Random r = new Random(32);
        int seen = 0;
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(10), k = 1 + r.nextInt(4), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long pb = r.nextInt(9), pa = r.nextInt(9), op = r.nextInt((int) Math.max(s, d));
            AxisSpec a = new AxisSpec(in, k, s, pb, pa, d, op);
            long out = a.outputSize(ConvKind.TRANSPOSED);
            if (out < 1) {
                continue;
            }
            Set<Long> unused = new TreeSet<>();
            for (long i = 0; i < in; i++) {
                boolean used = false;
                for (long j = 0; j < k; j++) {
                    long q = i * s + j * d - pb;
                    used |= q >= 0 && q < out;
                }
                if (!used) {
                    unused.add(i);
                }
            }
            seen += unused.isEmpty() ? 0 : 1;
            List<ConvWarning> w = ConvWarnings.of(ConvKind.TRANSPOSED, PaddingMode.ZERO, a);
            assertEquals(unused, cells(w, ConvWarning.Type.CROPPED_INPUT), a.toString());
        }
        assertTrue(seen > 50, "the random cases exercise cropping");
    }

    @Test
    void strideRemainderExampleNamesTheDroppedCells() {
        // in 8, k 3, s 3, no padding: windows start at 0 and 3 and cover cells 0..5; (8 - 3) mod 3 = 2 cells dropped.
        List<ConvWarning> w = ConvWarnings.of(ConvKind.CONV, PaddingMode.ZERO, AxisSpec.of(8, 3, 3, 0));
        assertEquals(1, w.size());
        ConvWarning dropped = w.get(0);
        assertEquals(ConvWarning.Type.STRIDE_REMAINDER, dropped.type());
        assertEquals(2, dropped.inputCells());
        assertEquals(0, dropped.paddingCells());
        assertEquals(List.of(new IndexRange(6, 7)), dropped.inputRanges());
        assertTrue(dropped.message().contains("6..7"), dropped.message());
    }

    @Test
    void poolPaddingAboveHalfTheKernelIsWarned() {
        List<ConvWarning> w = ConvWarnings.of(ConvKind.POOL, PaddingMode.ZERO, AxisSpec.of(8, 2, 2, 2));
        assertTrue(w.stream().anyMatch(x -> x.type() == ConvWarning.Type.POOL_PADDING));
        List<ConvWarning> ok = new ArrayList<>(ConvWarnings.of(ConvKind.POOL, PaddingMode.ZERO, AxisSpec.of(8, 3, 2, 1)));
        assertTrue(ok.stream().noneMatch(x -> x.type() == ConvWarning.Type.POOL_PADDING));
    }
}
