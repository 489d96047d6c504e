package nnwb.core.conv;

import java.util.List;

/**
 * Parallel paths whose outputs are added, as in a residual block; an empty path is the identity (skip connection).
 * The merged field spans every path's field.
 */
public record RfBranches(List<List<RfNode>> paths) implements RfNode {

    public RfBranches {
        paths = paths.stream().map(List::copyOf).toList();
    }
}
