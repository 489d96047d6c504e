package nnwb.core.graph;

import nnwb.core.symbolic.Poly;

/** Window arithmetic of adaptive average pooling (PyTorch's start/end rule). */
public final class AdaptivePooling {

    private AdaptivePooling() {
    }

    /**
     * The number of input values summed over all outputs: channels times, per
     * axis, the sum of window lengths {@code ceil((i+1)·in/out) - floor(i·in/out)}.
     * Symbolic sizes are taken as windows tiling the input exactly.
     */
    public static Poly windowSum(Shape in, Shape out) {
        Poly total = out.channels();
        for (int a = 0; a < in.rank(); a++) {
            Poly i = in.spatial().get(a);
            Poly o = out.spatial().get(a);
            if (!i.isConstant() || !o.isConstant()) {
                total = total.multiply(i);
                continue;
            }
            long inn = i.longValue();
            long outn = o.longValue();
            long sum = 0;
            for (long k = 0; k < outn; k++) {
                sum += -Math.floorDiv(-(k + 1) * inn, outn) - Math.floorDiv(k * inn, outn);
            }
            total = total.multiply(Poly.of(sum));
        }
        return total;
    }
}
