package nnwb.core.analysis;

import java.util.List;
import nnwb.core.symbolic.Poly;

/**
 * Sums over all layers (each times its multiplier); multiplications for the batch.
 *
 * @param activationValues output values of all layers for the batch (input excluded)
 */
public record Totals(Poly params, Poly weights, Poly biases, Poly buffers, Poly macs, Poly inputGradMults, Poly weightGradMults,
        Poly activationValues) {

    /** Backward multiplications: input-gradient plus weight-gradient parts. */
    public Poly backwardMults() {
        return inputGradMults.add(weightGradMults);
    }

    /** Forward plus backward multiplications (one training step). */
    public Poly trainingMults() {
        return macs.add(backwardMults());
    }

    static Totals of(List<LayerRow> rows) {
        Poly p = Poly.ZERO;
        Poly w = Poly.ZERO;
        Poly b = Poly.ZERO;
        Poly buf = Poly.ZERO;
        Poly m = Poly.ZERO;
        Poly ig = Poly.ZERO;
        Poly wg = Poly.ZERO;
        Poly act = Poly.ZERO;
        for (LayerRow r : rows) {
            Poly k = r.multiplier();
            p = p.add(r.params().multiply(k));
            w = w.add(r.cost().weights().multiply(k));
            b = b.add(r.cost().biases().multiply(k));
            buf = buf.add(r.cost().buffers().multiply(k));
            m = m.add(r.macs().multiply(k));
            ig = ig.add(r.inputGradMults().multiply(k));
            wg = wg.add(r.weightGradMults().multiply(k));
            if (!r.node().isInput()) {
                act = act.add(r.batch().multiply(r.outputValues()).multiply(k));
            }
        }
        return new Totals(p, w, b, buf, m, ig, wg, act);
    }
}
