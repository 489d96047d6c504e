package nnwb.core.graph;

import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * Layers {@code first..last} (node indices) stand for {@code count} identical
 * copies, because the repeat count is symbolic; their shape must come out as
 * it went in. Counts of these nodes are multiplied by {@code count}.
 */
public record RepeatGroup(String name, Poly count, int first, int last, Pos pos) {
}
