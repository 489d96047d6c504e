package nnwb.core.cost;

import nnwb.core.graph.Graph;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;
import nnwb.core.graph.RepeatGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nnwb.core.conv.RfStep;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/**
 * Receptive field of every node. Numeric layers step with
 * {@link RfStep#then}; symbolic ones apply the same recurrence to polynomials.
 * A transposed convolution counts as a stride-1 convolution over its input
 * spread {@code stride} apart; nearest upsampling divides the jump.
 */
public final class ReceptiveFields {

    private ReceptiveFields() {
    }

    public static List<ReceptiveField> compute(Graph g, List<Finding> findings) {
        List<ReceptiveField> rf = new ArrayList<>();
        List<Poly> extent = g.nodes().isEmpty() ? List.of() : g.nodes().get(0).outputShape().spatial();
        for (Node n : g.nodes()) {
            rf.add(n.isInput() ? initial(extent) : next(n, rf, extent));
            for (RepeatGroup grp : g.groups()) {
                if (grp.last() == n.index()) {
                    rf.set(n.index(), repeated(grp, g, rf, findings));
                }
            }
        }
        return rf;
    }

    private static ReceptiveField initial(List<Poly> extent) {
        List<Poly> one = extent.stream().map(e -> Poly.ONE).toList();
        return new ReceptiveField(one, one, extent.stream().map(e -> Poly.of(Rational.of(1, 2))).toList(), false);
    }

    private static ReceptiveField global(List<Poly> extent) {
        return new ReceptiveField(extent, extent, extent.stream().map(e -> e.divide(2)).toList(), true);
    }

    private static ReceptiveField next(Node n, List<ReceptiveField> rf, List<Poly> extent) {
        ReceptiveField in = rf.get(n.inputs().get(0).index());
        if (!in.defined() || in.global()) {
            return in;
        }
        LayerParams p = n.params();
        return switch (n.kind()) {
            case CONV, MAX_POOL, AVG_POOL -> stepAll(in, p, false);
            case CONV_TRANSPOSE -> p.stride().stream().allMatch(Poly::isConstant) ? stepAll(in, p, true) : global(extent);
            case UPSAMPLE -> !p.factor().isConstant() ? global(extent) : new ReceptiveField(in.size(), in.jump().stream().map(j -> j.divide(p.factor().constant())).toList(), in.start(), false);
            case GLOBAL_AVG_POOL, FLATTEN, FC -> global(extent);
            case ADAPTIVE_AVG_POOL -> adaptive(n, in, extent);
            case ADD, CONCAT, MUL -> merge(n, rf);
            default -> in;
        };
    }

    private static ReceptiveField stepAll(ReceptiveField in, LayerParams p, boolean transposed) {
        List<Poly> size = new ArrayList<>();
        List<Poly> jump = new ArrayList<>();
        List<Poly> start = new ArrayList<>();
        for (int a = 0; a < in.size().size() && a < p.kernel().size(); a++) {
            Poly s = p.stride().get(a);
            Poly j = in.jump().get(a);
            Poly k = p.kernel().get(a);
            Poly d = p.dilation().get(a);
            Poly pb = p.padBefore().get(a);
            Poly st = s;
            if (transposed) {
                j = j.divide(s.constant());
                pb = d.multiply(k.subtract(Poly.ONE)).subtract(pb);
                st = Poly.ONE;
            }
            Poly[] r = step(in.size().get(a), j, in.start().get(a), k, st, pb, d);
            size.add(r[0]);
            jump.add(r[1]);
            start.add(r[2]);
        }
        return new ReceptiveField(size, jump, start, false);
    }

    /** One convolution step: numerically through {@link RfStep}, else as polynomials. */
    private static Poly[] step(Poly size, Poly jump, Poly start, Poly k, Poly s, Poly pb, Poly d) {
        boolean numeric = size.isConstant() && jump.isConstant() && start.isConstant() && k.isConstant() && s.isConstant()
                && pb.isConstant() && d.isConstant();
        if (numeric) {
            RfStep r = new RfStep(size.constant().doubleValue(), jump.constant().doubleValue(), start.constant().doubleValue())
                    .then(k.longValue(), s.longValue(), pb.longValue(), d.longValue());
            return new Poly[] {exact(r.receptiveField()), exact(r.jump()), exact(r.start())};
        }
        Poly span = d.multiply(k.subtract(Poly.ONE));
        return new Poly[] {size.add(span.multiply(jump)), jump.multiply(s), start.add(span.divide(2).subtract(pb).multiply(jump))};
    }

    private static Poly exact(double v) {
        BigDecimal b = new BigDecimal(v);
        return Poly.of(b.scale() <= 0 ? Rational.of(b.toBigIntegerExact())
                : Rational.of(b.unscaledValue(), java.math.BigInteger.TEN.pow(b.scale())));
    }

    private static ReceptiveField adaptive(Node n, ReceptiveField in, List<Poly> extent) {
        List<Poly> ins = n.inputShape().spatial();
        List<Poly> outs = n.outputShape().spatial();
        if (ins.equals(outs)) {
            return in;
        }
        for (int a = 0; a < ins.size(); a++) {
            if (!ins.get(a).isConstant() || !outs.get(a).isConstant() || ins.get(a).longValue() % outs.get(a).longValue() != 0) {
                return global(extent);
            }
        }
        List<Poly> size = new ArrayList<>();
        List<Poly> jump = new ArrayList<>();
        List<Poly> start = new ArrayList<>();
        for (int a = 0; a < ins.size(); a++) {
            Poly k = Poly.of(ins.get(a).longValue() / outs.get(a).longValue());
            Poly[] r = step(in.size().get(a), in.jump().get(a), in.start().get(a), k, k, Poly.ZERO, Poly.ONE);
            size.add(r[0]);
            jump.add(r[1]);
            start.add(r[2]);
        }
        return new ReceptiveField(size, jump, start, false);
    }

    private static ReceptiveField merge(Node n, List<ReceptiveField> rf) {
        ReceptiveField best = rf.get(n.inputs().get(0).index());
        for (Node i : n.inputs()) {
            ReceptiveField r = rf.get(i.index());
            if (r.global() || (!best.global() && !r.size().isEmpty() && r.size().get(0).dominates(best.size().get(0)))) {
                best = r;
            }
        }
        return best;
    }

    private static ReceptiveField repeated(RepeatGroup grp, Graph g, List<ReceptiveField> rf, List<Finding> findings) {
        ReceptiveField in = rf.get(g.nodes().get(grp.first()).inputs().get(0).index());
        ReceptiveField once = rf.get(grp.last());
        if (!in.defined() || once.global() || in.global()) {
            return once;
        }
        if (!in.jump().equals(once.jump())) {
            findings.add(Finding.info(grp.pos(), "the receptive field after a symbolic repeat with stride is not a polynomial; shown for one copy"));
            return once;
        }
        List<Poly> size = new ArrayList<>();
        List<Poly> start = new ArrayList<>();
        for (int a = 0; a < in.size().size(); a++) {
            size.add(in.size().get(a).add(grp.count().multiply(once.size().get(a).subtract(in.size().get(a)))));
            start.add(in.start().get(a).add(grp.count().multiply(once.start().get(a).subtract(in.start().get(a)))));
        }
        return new ReceptiveField(size, in.jump(), start, false);
    }
}
