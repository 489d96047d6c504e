package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the {@link ConvWarning}s of one valid axis. */
public final class ConvWarnings {

    /** Above this many taps the cell-by-cell checks (unread and cropped inputs) are skipped. */
    public static final long TAP_LIMIT = 4_000_000L;

    private static final int SHOWN_RANGES = 6;

    private ConvWarnings() {
    }

    /** The warnings of axis {@code a} of a layer of this kind and padding mode. */
    public static List<ConvWarning> of(ConvKind kind, PaddingMode mode, AxisSpec a) {
        List<ConvWarning> out = new ArrayList<>();
        AxisGeometry g = new AxisGeometry(kind, mode, a);
        boolean small = a.input() <= TAP_LIMIT && g.outputSize() <= TAP_LIMIT / a.kernel();
        if (kind == ConvKind.TRANSPOSED) {
            if (small) {
                unread(g, -1).ifPresent(r -> out.add(new ConvWarning(ConvWarning.Type.CROPPED_INPUT,
                        count(r) + " input cell(s) " + show(r) + " reach only cropped padding and affect no output",
                        count(r), 0, r)));
            }
            return out;
        }
        long tailStart = strideRemainder(a, out);
        if (small) {
            unread(g, tailStart).ifPresent(r -> out.add(new ConvWarning(ConvWarning.Type.UNREAD_INPUT,
                    count(r) + " input cell(s) " + show(r) + " are never read: " + cause(a), count(r), 0, r)));
        }
        long widest = Math.max(a.padBefore(), a.padAfter());
        if (kind == ConvKind.POOL && widest > a.kernel() / 2) {
            out.add(new ConvWarning(ConvWarning.Type.POOL_PADDING, "pooling padding " + widest
                    + " is more than half the kernel (" + a.kernel() + "/2 = " + a.kernel() / 2
                    + "), which PyTorch rejects", 0, widest, List.of()));
        }
        return out;
    }

    /** Adds the stride-remainder warning; returns the first input index in the uncovered tail (input size if none). */
    private static long strideRemainder(AxisSpec a, List<ConvWarning> out) {
        long slack = a.paddedInput() - a.effectiveKernel();
        long rem = Math.floorMod(slack, a.stride());
        if (rem == 0) {
            return a.input();
        }
        long firstReal = Math.max(0, a.paddedInput() - rem - a.padBefore());
        long real = Math.max(0, a.input() - firstReal);
        List<IndexRange> ranges = real > 0 ? List.of(new IndexRange(firstReal, a.input() - 1)) : List.of();
        String which = real == 0 ? "all padding"
                : "input cell(s) " + show(ranges) + (rem > real ? " and " + (rem - real) + " padding cell(s)" : "");
        out.add(new ConvWarning(ConvWarning.Type.STRIDE_REMAINDER, "stride " + a.stride() + " does not divide "
                + a.paddedInput() + " - " + a.effectiveKernel() + " = " + slack + " (remainder " + rem + "): the last "
                + rem + " cell(s) of the padded input are never covered by a window: " + which, real, rem - real, ranges));
        return Math.min(firstReal, a.input());
    }

    /** Input cells before {@code limit} (all when negative) that no tap of any output reads. */
    private static Optional<List<IndexRange>> unread(AxisGeometry g, long limit) {
        long in = g.spec().input();
        boolean[] read = new boolean[(int) in];
        long dil = g.spec().dilation();
        for (long o = 0; o < g.outputSize(); o++) {
            long first = g.windowStart(o);
            for (long j = 0; j < g.spec().kernel(); j++) {
                GridCell c = g.cell(first + j * dil);
                if (c.source().readsInput()) {
                    read[(int) c.inputIndex()] = true;
                }
            }
        }
        long end = limit < 0 ? in : limit;
        List<IndexRange> ranges = new ArrayList<>();
        for (long i = 0; i < end; i++) {
            if (!read[(int) i]) {
                long j = i;
                while (j + 1 < end && !read[(int) (j + 1)]) {
                    j++;
                }
                ranges.add(new IndexRange(i, j));
                i = j;
            }
        }
        return ranges.isEmpty() ? Optional.empty() : Optional.of(ranges);
    }

    private static String cause(AxisSpec a) {
        return a.stride() > a.effectiveKernel()
                ? "stride " + a.stride() + " is larger than the kernel span " + a.effectiveKernel()
                : "dilation " + a.dilation() + " leaves gaps that stride " + a.stride() + " never fills";
    }

    private static long count(List<IndexRange> ranges) {
        return ranges.stream().mapToLong(IndexRange::size).sum();
    }

    private static String show(List<IndexRange> ranges) {
        String shown = ranges.stream().limit(SHOWN_RANGES).map(IndexRange::toString).collect(Collectors.joining(", "));
        return ranges.size() > SHOWN_RANGES ? shown + ", ... (" + ranges.size() + " ranges)" : shown;
    }
}
