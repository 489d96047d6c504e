package nnwb.core.graph;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.conv.PaddingMode;
import nnwb.core.model.LayerKind;
import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/** Turns a statement's arguments into {@link LayerParams} for its kind and input shape. */
public final class ParamResolver {

    private ParamResolver() {
    }

    static LayerParams resolve(LayerKind kind, ArgReader a, Shape in, String kindWord, Pos at) {
        int rank = in.rank();
        return switch (kind) {
            case CONV, CONV_TRANSPOSE -> conv(kind, a, in, kindWord, at);
            case MAX_POOL, AVG_POOL -> {
                needSpatial(kind, in, at);
                List<Poly> k = positive(a.perAxis("kernel", null, rank), a, "kernel");
                List<Poly> s = positive(a.has("stride") ? a.perAxis("stride", null, rank) : k, a, "stride");
                List<Poly> p = nonNegative(a.perAxis("padding", Poly.ZERO, rank), a, "padding");
                List<Poly> d = positive(a.perAxis("dilation", Poly.ONE, rank), a, "dilation");
                yield new LayerParams(null, k, s, p, p, d, zeros(rank), List.of(), Poly.ONE, false, PaddingMode.ZERO, null, null, false,
                        a.flag("ceil_mode", false));
            }
            case ADAPTIVE_AVG_POOL -> {
                needSpatial(kind, in, at);
                List<Poly> size = positive(a.perAxis("size", null, rank), a, "size");
                yield new LayerParams(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), size, Poly.ONE, false,
                        PaddingMode.ZERO, null, null, false);
            }
            case UPSAMPLE -> {
                needSpatial(kind, in, at);
                String mode = a.word("mode");
                if (mode != null && !mode.equals("nearest")) {
                    throw new ModelError(a.pos("mode"), "only mode=nearest upsampling is supported");
                }
                Poly f = positive(List.of(a.size("factor", Poly.of(2))), a, "factor").get(0);
                yield new LayerParams(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Poly.ONE, false,
                        PaddingMode.ZERO, f, null, false);
            }
            case BATCH_NORM -> new LayerParams(in.channels(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    Poly.ONE, false, PaddingMode.ZERO, null, null, a.flag("affine", true));
            case DROPOUT, LEAKY_RELU -> {
                String key = kind == LayerKind.DROPOUT ? "p" : "slope";
                Poly v = a.size(key, kind == LayerKind.DROPOUT ? Poly.of(Rational.of(1, 2)) : Poly.of(Rational.of(1, 100)));
                if (!v.isConstant() || (kind == LayerKind.DROPOUT && (v.constant().signum() < 0 || v.constant().compareTo(Rational.ONE) >= 0))) {
                    throw new ModelError(a.pos(key), kind == LayerKind.DROPOUT ? "p must be a number in [0, 1)" : "slope must be a number");
                }
                yield new LayerParams(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Poly.ONE, false,
                        PaddingMode.ZERO, null, v.constant(), false);
            }
            case FC -> new LayerParams(positive(List.of(a.size("out", null)), a, "out").get(0), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), Poly.ONE, a.flag("bias", true), PaddingMode.ZERO, null, null, false);
            default -> LayerParams.NONE;
        };
    }

    private static LayerParams conv(LayerKind kind, ArgReader a, Shape in, String kindWord, Pos at) {
        needSpatial(kind, in, at);
        int rank = in.rank();
        if (kindWord.endsWith("d") && Character.isDigit(kindWord.charAt(kindWord.length() - 2))
                && kindWord.charAt(kindWord.length() - 2) - '0' != rank) {
            throw new ModelError(at, kindWord + " needs a " + kindWord.charAt(kindWord.length() - 2) + "D input, got " + rank + "D " + in);
        }
        Poly filters = positive(List.of(a.size("filters", null)), a, "filters").get(0);
        List<Poly> k = positive(a.perAxis("kernel", null, rank), a, "kernel");
        List<Poly> s = positive(a.perAxis("stride", Poly.ONE, rank), a, "stride");
        List<Poly> d = positive(a.perAxis("dilation", Poly.ONE, rank), a, "dilation");
        Poly groups = positive(List.of(a.size("groups", Poly.ONE)), a, "groups").get(0);
        boolean bias = a.flag("bias", true);
        String modeWord = a.word("padding_mode");
        PaddingMode mode = PaddingMode.ZERO;
        boolean same = "same".equals(a.word("padding")) || "same".equals(modeWord);
        if (modeWord != null && !"same".equals(modeWord)) {
            mode = switch (modeWord) {
                case "zeros", "zero" -> PaddingMode.ZERO;
                case "circular" -> PaddingMode.CIRCULAR;
                case "reflect" -> PaddingMode.REFLECT;
                default -> throw new ModelError(a.pos("padding_mode"), "padding_mode must be zeros, circular, reflect or same");
            };
            if (kind == LayerKind.CONV_TRANSPOSE && mode != PaddingMode.ZERO) {
                throw new ModelError(a.pos("padding_mode"), "a transposed convolution pads with zeros only");
            }
        }
        List<Poly> before;
        List<Poly> after;
        if (same) {
            if (kind == LayerKind.CONV_TRANSPOSE) {
                throw new ModelError(a.pos("padding"), "padding=same is for convolutions, not transposed ones");
            }
            before = new ArrayList<>();
            after = new ArrayList<>();
            for (int i = 0; i < rank; i++) {
                Poly total = samePadding(in.spatial().get(i), k.get(i), s.get(i), d.get(i), a.pos("padding"));
                Poly b = total.isConstant() ? Poly.of(total.constant().divide(Rational.of(2)).floor()) : total.divide(2);
                before.add(b);
                after.add(total.subtract(b));
            }
        } else {
            if (a.word("padding") != null && !"valid".equals(a.word("padding"))) {
                throw new ModelError(a.pos("padding"), "padding must be a size, 'same' or 'valid'");
            }
            before = nonNegative(a.word("padding") != null ? zeros(rank) : a.perAxis("padding", Poly.ZERO, rank), a, "padding");
            after = before;
        }
        List<Poly> op = kind == LayerKind.CONV_TRANSPOSE ? nonNegative(a.perAxis("output_padding", Poly.ZERO, rank), a, "output_padding") : zeros(rank);
        return new LayerParams(filters, k, s, before, after, d, op, List.of(), groups, bias, mode, null, null, false);
    }

    private static Poly samePadding(Poly in, Poly k, Poly s, Poly d, Pos at) {
        if (in.isConstant() && k.isConstant() && s.isConstant() && d.isConstant()) {
            return Poly.of(ConvArithmetic.samePaddingTotal(in.longValue(), k.longValue(), s.longValue(), d.longValue()));
        }
        if (!s.equals(Poly.ONE)) {
            throw new ModelError(at, "padding=same with a symbolic size needs stride 1");
        }
        return d.multiply(k.subtract(Poly.ONE));
    }

    private static void needSpatial(LayerKind kind, Shape in, Pos at) {
        if (in.isVector()) {
            throw new ModelError(at, kind.keyword() + " needs an input with spatial axes, got a vector of " + in.channels());
        }
    }

    private static List<Poly> zeros(int rank) {
        List<Poly> z = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            z.add(Poly.ZERO);
        }
        return z;
    }

    private static List<Poly> positive(List<Poly> values, ArgReader a, String key) {
        for (Poly v : values) {
            if (v.isConstant() && (v.constant().signum() <= 0 || !v.constant().isInteger())) {
                throw new ModelError(a.pos(key), key + " must be a positive integer, got " + v);
            }
        }
        return values;
    }

    private static List<Poly> nonNegative(List<Poly> values, ArgReader a, String key) {
        for (Poly v : values) {
            if (v.isConstant() && (v.constant().signum() < 0 || !v.constant().isInteger())) {
                throw new ModelError(a.pos(key), key + " must be a non-negative integer, got " + v);
            }
        }
        return values;
    }
}
