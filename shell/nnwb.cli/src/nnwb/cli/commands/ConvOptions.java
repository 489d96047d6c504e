package nnwb.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnwb.cli.UsageException;
import nnwb.core.conv.AxisSpec;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.PaddingMode;

/** Reads the layer from the options; unknown words and malformed numbers are usage errors. */
final class ConvOptions {

    private ConvOptions() {
    }

    /** The options as typed; null where absent. */
    record Typed(String in, String k, String s, String p, String d, String mode, String kind, String op) {
    }

    static LayerSpec spec(Typed t) throws UsageException {
        List<Long> in = sizes(t.in(), "in");
        int n = in.size();
        ConvKind kind = kind(t.kind());
        PaddingMode mode = mode(t.mode());
        List<Long> k = perAxis(t.k(), "k", n);
        List<Long> s = t.s() != null ? perAxis(t.s(), "s", n) : kind == ConvKind.POOL ? k : List.of(1L, 1L);
        List<long[]> p = paddings(t.p(), n);
        List<Long> d = t.d() != null ? perAxis(t.d(), "d", n) : List.of(1L, 1L);
        List<Long> op = t.op() != null ? perAxis(t.op(), "op", n) : List.of(0L, 0L);
        List<AxisSpec> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(new AxisSpec(in.get(i), k.get(i), s.get(i), p.get(i)[0], p.get(i)[1], d.get(i), op.get(i)));
        }
        return new LayerSpec(kind, mode, axes);
    }

    static List<Long> perAxis(String text, String option, int axes) throws UsageException {
        List<Long> v = sizes(text, option);
        if (v.size() > axes) {
            throw new UsageException("--" + option + ": got " + v.size() + " values but --in has " + axes + " axis");
        }
        return v.size() == axes ? v : List.of(v.get(0), v.get(0));
    }

    private static List<Long> sizes(String text, String option) throws UsageException {
        String[] parts = text.trim().split("[xX\u00d7]", -1);
        if (parts.length > 2) {
            throw new UsageException("--" + option + ": expects N or WxH, got '" + text + "'");
        }
        List<Long> v = new ArrayList<>();
        for (String part : parts) {
            v.add(number(part, option, text));
        }
        return v;
    }

    private static List<long[]> paddings(String text, int axes) throws UsageException {
        if (text == null) {
            return List.of(new long[] {0, 0}, new long[] {0, 0});
        }
        String[] parts = text.trim().split("[xX\u00d7]", -1);
        if (parts.length > axes) {
            throw new UsageException("--p: expects P, B:A" + (axes == 2 ? " or one of those per axis as WxH" : "")
                    + ", got '" + text + "'");
        }
        List<long[]> v = new ArrayList<>();
        for (String part : parts) {
            String[] sides = part.split(":", -1);
            if (sides.length > 2) {
                throw new UsageException("--p: expects P or B:A, got '" + text + "'");
            }
            long before = number(sides[0], "p", text);
            v.add(new long[] {before, sides.length == 2 ? number(sides[1], "p", text) : before});
        }
        return v.size() == axes ? v : List.of(v.get(0), v.get(0));
    }

    private static long number(String part, String option, String whole) throws UsageException {
        try {
            return Long.parseLong(part.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": expects an integer, got '" + whole + "'");
        }
    }

    private static ConvKind kind(String v) throws UsageException {
        if (v == null) {
            return ConvKind.CONV;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "conv" -> ConvKind.CONV;
            case "pool" -> ConvKind.POOL;
            case "transposed" -> ConvKind.TRANSPOSED;
            default -> throw new UsageException("--kind: expects conv, pool or transposed, got '" + v + "'");
        };
    }

    private static PaddingMode mode(String v) throws UsageException {
        if (v == null) {
            return PaddingMode.ZERO;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "zero", "zeros" -> PaddingMode.ZERO;
            case "circular" -> PaddingMode.CIRCULAR;
            case "reflect" -> PaddingMode.REFLECT;
            default -> throw new UsageException("--mode: expects zero, circular or reflect, got '" + v + "'");
        };
    }
}
