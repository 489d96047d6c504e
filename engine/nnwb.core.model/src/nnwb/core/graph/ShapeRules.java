package nnwb.core.graph;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.PaddingMode;
import nnwb.core.model.Finding;
import nnwb.core.model.LayerKind;
import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * Output shape of each layer kind. Numeric sizes use {@link ConvArithmetic};
 * symbolic ones the same formula as a polynomial, where a floor division must
 * be exact. Problems are thrown as errors or added as warnings (a stride that
 * does not divide evenly shows the floor taken).
 */
public final class ShapeRules {

    private final SymbolTable symbols;
    private final List<Finding> findings;

    ShapeRules(SymbolTable symbols, List<Finding> findings) {
        this.symbols = symbols;
        this.findings = findings;
    }

    Shape output(LayerKind kind, LayerParams p, List<Shape> ins, String name, Pos at) {
        Shape in = ins.get(0);
        return switch (kind) {
            case CONV, MAX_POOL, AVG_POOL -> {
                List<Poly> out = new ArrayList<>();
                for (int i = 0; i < in.rank(); i++) {
                    out.add(convAxis(in.spatial().get(i), p, i, name, at, kind == LayerKind.CONV));
                }
                if (kind == LayerKind.CONV) {
                    checkGroups(in.channels(), p, at);
                }
                yield kind == LayerKind.CONV ? new Shape(p.units(), out) : in.withSpatial(out);
            }
            case CONV_TRANSPOSE -> {
                List<Poly> out = new ArrayList<>();
                for (int i = 0; i < in.rank(); i++) {
                    out.add(transposedAxis(in.spatial().get(i), p, i, at));
                }
                checkGroups(in.channels(), p, at);
                yield new Shape(p.units(), out);
            }
            case ADAPTIVE_AVG_POOL -> in.withSpatial(p.size());
            case GLOBAL_AVG_POOL -> in.withSpatial(in.spatial().stream().map(s -> Poly.ONE).toList());
            case UPSAMPLE -> in.withSpatial(in.spatial().stream().map(s -> s.multiply(p.factor())).toList());
            case FLATTEN -> Shape.vector(in.elements());
            case FC -> Shape.vector(p.units());
            case ADD -> {
                for (Shape o : ins) {
                    if (!o.equals(in)) {
                        throw new ModelError(at, "add of mismatched shapes " + in + " and " + o);
                    }
                }
                yield in;
            }
            case CONCAT -> concat(ins, at);
            case MUL -> BroadcastProduct.shape(ins, at);
            default -> in;
        };
    }

    private Poly convAxis(Poly in, LayerParams p, int i, String name, Pos at, boolean conv) {
        Poly k = p.kernel().get(i);
        Poly s = p.stride().get(i);
        Poly d = p.dilation().get(i);
        Poly pad = p.padTotal(i);
        if (p.paddingMode() != PaddingMode.ZERO && in.isConstant() && p.padBefore().get(i).isConstant()
                && p.padAfter().get(i).isConstant()) {
            String problem = ConvValidation.paddingModeProblem(p.paddingMode(), in.longValue(),
                    p.padBefore().get(i).longValue(), p.padAfter().get(i).longValue());
            if (problem != null) {
                throw new ModelError(at, name + ": " + problem);
            }
        }
        if (!conv && p.padBefore().get(i).isConstant() && k.isConstant()
                && p.padBefore().get(i).longValue() * 2 > k.longValue()) {
            findings.add(Finding.warning(at, "pooling padding " + p.padBefore().get(i) + " is more than half the kernel " + k
                    + " (PyTorch refuses this)"));
        }
        Poly num = in.add(pad).subtract(d.multiply(k.subtract(Poly.ONE))).subtract(Poly.ONE);
        if (in.isConstant() && k.isConstant() && s.isConstant() && d.isConstant() && pad.isConstant()) {
            boolean ceil = !conv && p.ceilMode();
            long out = ceil ? CeilModePooling.output(in.longValue(), k.longValue(), s.longValue(), p.padBefore().get(i).longValue(),
                    p.padAfter().get(i).longValue(), d.longValue())
                    : ConvArithmetic.convOutput(in.longValue(), k.longValue(), s.longValue(), pad.longValue(), d.longValue());
            if (out <= 0) {
                throw new ModelError(at, "output size " + out + " on axis " + (i + 1) + ": the kernel spans "
                        + ConvArithmetic.effectiveKernel(k.longValue(), d.longValue()) + " cells but the padded input has " + in.add(pad));
            }
            if (ceil) {
                return Poly.of(out);
            }
            long rem = Math.floorMod(num.longValue(), s.longValue());
            long span = ConvArithmetic.effectiveKernel(k.longValue(), d.longValue());
            if (rem > p.padAfter().get(i).longValue() && span >= s.longValue()) {
                String msg = name + ": stride " + s + " does not divide " + num + " evenly; output floor(" + num + "/" + s + ")+1 = " + out
                        + ", the last " + (rem - p.padAfter().get(i).longValue()) + " input cell(s) are not used";
                if (findings.stream().noneMatch(f -> f.message().equals(msg))) {
                    findings.add(Finding.warning(at, msg));
                }
            }
            return Poly.of(out);
        }
        Poly q = SizeMath.floorDiv(num, s, symbols);
        if (q != null && !conv && p.ceilMode() && !q.multiply(s).equals(num)) {
            throw new ModelError(at, "ceil_mode rounds (" + num + ")/" + s + " up, which is not a polynomial; give values for "
                    + String.join(", ", num.add(s).variables()) + " with --set");
        }
        if (q == null) {
            throw new ModelError(at, "output size floor((" + num + ")/" + s + ")+1 is not a polynomial; give values for "
                    + String.join(", ", num.add(s).variables()) + " with --set");
        }
        return q.add(Poly.ONE);
    }

    private static Poly transposedAxis(Poly in, LayerParams p, int i, Pos at) {
        Poly k = p.kernel().get(i);
        Poly s = p.stride().get(i);
        Poly d = p.dilation().get(i);
        Poly pad = p.padTotal(i);
        Poly op = p.outputPadding().get(i);
        if (in.isConstant() && k.isConstant() && s.isConstant() && d.isConstant() && pad.isConstant() && op.isConstant()) {
            if (op.longValue() > ConvArithmetic.maxOutputPadding(s.longValue(), d.longValue())) {
                throw new ModelError(at, "output_padding " + op + " must be smaller than stride or dilation");
            }
            long out = ConvArithmetic.transposedOutput(in.longValue(), k.longValue(), s.longValue(), pad.longValue(), d.longValue(), op.longValue());
            if (out <= 0) {
                throw new ModelError(at, "output size " + out + " on axis " + (i + 1) + " is not positive");
            }
            return Poly.of(out);
        }
        return in.subtract(Poly.ONE).multiply(s).subtract(pad).add(d.multiply(k.subtract(Poly.ONE))).add(op).add(Poly.ONE);
    }

    private void checkGroups(Poly inChannels, LayerParams p, Pos at) {
        Poly g = p.groups();
        if (g.equals(Poly.ONE)) {
            return;
        }
        Poly qi = g.isConstant() ? SizeMath.floorDiv(inChannels, g, symbols) : null;
        Poly qf = g.isConstant() ? SizeMath.floorDiv(p.units(), g, symbols) : null;
        if (qi == null || qf == null || !qi.multiply(g).equals(inChannels) || !qf.multiply(g).equals(p.units())) {
            throw new ModelError(at, "groups=" + g + " must divide both the input channels " + inChannels + " and the filters " + p.units());
        }
    }

    private static Shape concat(List<Shape> ins, Pos at) {
        Shape first = ins.get(0);
        Poly c = Poly.ZERO;
        for (Shape o : ins) {
            if (!o.spatial().equals(first.spatial())) {
                throw new ModelError(at, "concat needs equal spatial sizes, got " + first + " and " + o);
            }
            c = c.add(o.channels());
        }
        return first.withChannels(c);
    }
}
