package nnwb.core.graph;

import java.util.List;

import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * The shape of an element-wise product ({@code mul a b}): equal shapes, or a gate of shape C×1×1 (one value
 * per channel, as a squeeze-and-excitation block makes) broadcast over a C×H×W input.
 */
final class BroadcastProduct {

    private BroadcastProduct() {
    }

    static Shape shape(List<Shape> ins, Pos at) {
        Shape out = ins.get(0);
        for (Shape s : ins.subList(1, ins.size())) {
            if (s.equals(out)) {
                continue;
            }
            if (gate(s, out)) {
                continue;
            }
            if (gate(out, s)) {
                out = s;
                continue;
            }
            throw new ModelError(at, "mul of shapes " + out + " and " + s
                    + ": they must be equal, or one a gate of one value per channel (C×1×1) for the other");
        }
        return out;
    }

    private static boolean gate(Shape g, Shape x) {
        return g.rank() == x.rank() && g.channels().equals(x.channels())
                && g.spatial().stream().allMatch(Poly.ONE::equals);
    }
}
