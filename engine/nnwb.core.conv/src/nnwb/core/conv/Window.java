package nnwb.core.conv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kernel placed at one output cell: the grid span it covers and its taps.
 *
 * @param outputIndex   the output cell
 * @param firstPosition the first grid position under the kernel
 * @param lastPosition  the last grid position under the kernel (dilation gaps included)
 * @param taps          the taps, from the first grid position on
 */
public record Window(long outputIndex, long firstPosition, long lastPosition, List<Tap> taps) {

    public Window {
        taps = List.copyOf(taps);
    }

    /** The grid positions inside the span that no tap reads: the dilation gaps. */
    public List<Long> gapPositions() {
        Set<Long> tapped = new LinkedHashSet<>();
        taps.forEach(t -> tapped.add(t.cell().position()));
        List<Long> gaps = new ArrayList<>();
        for (long p = firstPosition; p <= lastPosition; p++) {
            if (!tapped.contains(p)) {
                gaps.add(p);
            }
        }
        return gaps;
    }

    /** The distinct input cells this output reads, in tap order (wrapped and reflected copies map to their original). */
    public List<Long> inputIndices() {
        Set<Long> seen = new LinkedHashSet<>();
        for (Tap t : taps) {
            if (t.cell().source().readsInput()) {
                seen.add(t.cell().inputIndex());
            }
        }
        return new ArrayList<>(seen);
    }
}
