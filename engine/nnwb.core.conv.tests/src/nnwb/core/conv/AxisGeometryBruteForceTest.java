package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which input feeds which output, against an explicitly built padded array and an explicit scatter. */
class AxisGeometryBruteForceTest {

    private static final int CASES = 2500;

    /** The padded input written out cell by cell: each entry is the input index it copies, or -1 for zero. */
    static List<Long> paddedLabels(long in, long before, long after, PaddingMode mode) {
        List<Long> cells = new ArrayList<>();
        for (long i = 0; i < before; i++) {
            cells.add(switch (mode) {
                case ZERO -> -1L;
                case CIRCULAR -> in - before + i;   // the last 'before' cells, in order
                case REFLECT -> before - i;         // cells before..1, mirrored
            });
        }
        for (long i = 0; i < in; i++) {
            cells.add(i);
        }
        for (long i = 0; i < after; i++) {
            cells.add(switch (mode) {
                case ZERO -> -1L;
                case CIRCULAR -> i;                 // the first 'after' cells
                case REFLECT -> in - 2 - i;         // cells in-2, in-3, ...
            });
        }
        return cells;
    }

    @Test
    void forwardTapsMatchThePaddedArray() {
        Random r = new Random(21);
        PaddingMode[] modes = PaddingMode.values();
        for (int c = 0; c < CASES; c++) {
            PaddingMode mode = modes[r.nextInt(modes.length)];
            ConvKind kind = mode == PaddingMode.ZERO && r.nextBoolean() ? ConvKind.POOL : ConvKind.CONV;
            long in = 2 + r.nextInt(14), k = 1 + r.nextInt(5), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long cap = mode == PaddingMode.REFLECT ? in - 1 : mode == PaddingMode.CIRCULAR ? in : 5;
            long pb = r.nextInt((int) Math.min(cap, 5) + 1), pa = r.nextInt((int) Math.min(cap, 5) + 1);
            AxisSpec a = new AxisSpec(in, k, s, pb, pa, d, 0);
            List<Long> labels = paddedLabels(in, pb, pa, mode);
            if (d * (k - 1) >= labels.size()) {
                continue;
            }
            AxisGeometry g = new AxisGeometry(kind, mode, a);
            assertEquals(labels.size(), g.gridLength());
            long windows = 0;
            for (long start = 0; start + d * (k - 1) < labels.size(); start += s) {
                Window w = g.window(windows);
                assertEquals(start, w.firstPosition());
                Set<Long> gaps = new HashSet<>();
                for (long p = start; p <= start + d * (k - 1); p++) {
                    gaps.add(p);
                }
                for (int j = 0; j < k; j++) {
                    long pos = start + j * d;
                    gaps.remove(pos);
                    Tap t = w.taps().get(j);
                    assertEquals(j, t.kernelIndex());
                    assertEquals(pos, t.cell().position());
                    assertEquals((long) labels.get((int) pos), t.cell().inputIndex(), a + " " + mode + " o=" + windows + " j=" + j);
                    boolean inside = pos >= pb && pos < pb + in;
                    CellSource expected = inside ? CellSource.INPUT : switch (mode) {
                        case ZERO -> CellSource.PADDING;
                        case CIRCULAR -> CellSource.WRAPPED;
                        case REFLECT -> CellSource.REFLECTED;
                    };
                    assertEquals(expected, t.cell().source());
                }
                assertEquals(gaps, new HashSet<>(w.gapPositions()));
                windows++;
            }
            assertEquals(windows, g.outputSize(), a.toString());
            long probe = r.nextInt((int) in);
            List<Long> reading = new ArrayList<>();
            for (long o = 0; o < windows; o++) {
                for (int j = 0; j < k; j++) {
                    if (labels.get((int) (o * s + j * d)) == probe) {
                        reading.add(o);
                        break;
                    }
                }
            }
            assertEquals(reading, g.outputsReading(probe));
        }
    }

    @Test
    void transposedTapsMatchTheScatterOfEveryInput() {
        Random r = new Random(22);
        for (int c = 0; c < CASES; c++) {
            long in = 1 + r.nextInt(10), k = 1 + r.nextInt(5), s = 1 + r.nextInt(4), d = 1 + r.nextInt(3);
            long pb = r.nextInt(5), pa = r.nextInt(5), op = r.nextInt((int) Math.max(s, d));
            AxisSpec a = new AxisSpec(in, k, s, pb, pa, d, op);
            AxisGeometry g = new AxisGeometry(ConvKind.TRANSPOSED, PaddingMode.ZERO, a);
            long out = g.outputSize();
            if (out < 1) {
                continue;
            }
            List<Set<List<Long>>> scattered = new ArrayList<>();
            for (long o = 0; o < out; o++) {
                scattered.add(new HashSet<>());
            }
            for (long i = 0; i < in; i++) {
                for (long j = 0; j < k; j++) {
                    long q = i * s + j * d - pb;
                    if (q >= 0 && q < out) {
                        scattered.get((int) q).add(List.of(i, j));
                    }
                }
            }
            for (long o = 0; o < out; o++) {
                Window w = g.window(o);
                Set<List<Long>> fromTaps = new HashSet<>();
                for (Tap t : w.taps()) {
                    assertTrue(t.cell().position() >= 0 && t.cell().position() < g.gridLength());
                    if (t.cell().source() == CellSource.INPUT) {
                        fromTaps.add(List.of(t.cell().inputIndex(), (long) t.kernelIndex()));
                    } else {
                        assertEquals(-1, t.cell().inputIndex());
                    }
                }
                assertEquals(scattered.get((int) o), fromTaps, a + " o=" + o);
            }
            assertEquals(out + d * (k - 1), g.gridLength());
            long inputCells = g.grid().stream().filter(cell -> cell.source() == CellSource.INPUT).count();
            long inGrid = 0;
            for (long i = 0; i < in; i++) {
                long pos = g.inputPosition(i);
                if (pos >= 0 && pos < g.gridLength()) {
                    inGrid++;
                    assertEquals(new GridCell(pos, CellSource.INPUT, i), g.cell(pos));
                }
            }
            assertEquals(inGrid, inputCells);
        }
    }

    @Test
    void transposedGridShowsInsertedZerosAndOutputPadding() {
        // in 3, k 3, s 2, p 1, op 1: output (3-1)*2 - 2 + 2 + 1 + 1 = 6; grid = 6 + 2 = 8 cells:
        // 1 padding (d*(k-1) - p = 1), x0, zero, x1, zero, x2, then d*(k-1) - p + op = 2 cells, the last from op.
        AxisGeometry g = new AxisGeometry(ConvKind.TRANSPOSED, PaddingMode.ZERO, new AxisSpec(3, 3, 2, 1, 1, 1, 1));
        List<CellSource> sources = g.grid().stream().map(GridCell::source).toList();
        assertEquals(List.of(CellSource.PADDING, CellSource.INPUT, CellSource.INSERTED_ZERO, CellSource.INPUT,
                CellSource.INSERTED_ZERO, CellSource.INPUT, CellSource.PADDING, CellSource.OUTPUT_PADDING), sources);
        // output 0 slides the flipped kernel over grid cells 0..2: weight 2 meets padding, weight 1 meets x0.
        Window w = g.window(0);
        assertEquals(List.of(2, 1, 0), w.taps().stream().map(Tap::kernelIndex).toList());
        assertEquals(List.of(0L), w.inputIndices());
    }
}
