package nnwb.cli.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nnwb.cli.Args;
import nnwb.cli.Command;
import nnwb.cli.UsageException;
import nnwb.core.conv.AxisResult;
import nnwb.core.conv.AxisSpec;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.ConvSolver;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.MinInputAnswer;
import nnwb.core.conv.PaddingMode;
import nnwb.core.conv.TransposedSolution;
import nnwb.core.conv.TransposedSolutions;
import nnwb.core.conv.ValidationProblem;
import nnwb.core.json.Json;

/** {@code nnwb conv}: output size, formula and warnings of one layer, and with {@code --target} the backward answers. */
public final class ConvCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("in", "k", "s", "p", "d", "mode", "kind", "op", "target");

    public ConvCommand() {
    }

    @Override
    public String name() {
        return "conv";
    }

    @Override
    public String summary() {
        return "output size, minimum input and transposed padding of a conv/pool layer";
    }

    @Override
    public String usage() {
        return """
                Usage: nnwb conv --in W[xH] --k K [--s S] [--p P] [--d D] [--mode zero|circular|reflect]
                                 [--kind conv|pool|transposed] [--op OP] [--target OUT] [--json]

                Output size of one convolution, pooling or transposed convolution layer with the formula
                substituted step by step, warnings (cells the stride drops, cells never read), and the
                "same" padding. With --target: the minimum input and the symmetric paddings that give OUT
                (conv, pool), or every (padding, output_padding) pair that gives OUT (transposed).

                  --in W[xH]     input size: W for 1D, WxH (width x height) for 2D
                  --k, --s, --d  kernel, stride (default 1; pool: the kernel), dilation (default 1)
                  --p P          padding per side (default 0); B:A pads B before and A after
                  --op OP        output_padding of a transposed convolution (default 0)
                  --target OUT   wanted output size
                In 2D every number may be one value for both axes or WxH, e.g. --k 3x5 --p 1:2x2.

                JSON (--json), 1D: {"outputSize": N, "formula": "out = ...", "warnings": ["..."],
                  "samePadding": {"before": B, "after": A} (conv, pool), with --target also
                  "minInput": N or null and "paddings": [P, ...] (conv, pool) or
                  "solutions": [{"padding": P, "outputPadding": OP}, ...] (transposed)}.
                In 2D every number becomes a [width, height] pair, "formula" a [width, height] pair of
                strings, "paddings" a [width list, height list] pair, each solution a pair of pairs
                (every combination of a width and a height solution); warnings start with their axis.
                Exit codes: 0 ok, 2 bad input (the message names the option).
                """;
    }

    @Override
    public int run(Args args, PrintStream out) throws UsageException {
        args.allowOnly(OPTIONS);
        LayerSpec spec = ConvOptions.spec(args);
        LayerResult result = ConvCalculator.analyze(spec);
        if (!result.valid()) {
            throw problem(spec, result.problems().get(0));
        }
        List<Long> targets = args.has("target") ? ConvOptions.perAxis(args, "target", spec.axes().size()) : null;
        if (targets != null) {
            for (long t : targets) {
                List<ValidationProblem> p = ConvValidation.checkTarget(t);
                if (!p.isEmpty()) {
                    throw problem(spec, p.get(0));
                }
            }
        }
        Map<String, Object> json = ConvJson.build(result, targets);
        if (args.json()) {
            out.println(Json.write(json));
        } else {
            printText(result, targets, out);
        }
        return 0;
    }

    static UsageException problem(LayerSpec spec, ValidationProblem p) {
        String axis = spec.is2d() && p.axis() >= 0 ? " (" + spec.axisName(p.axis()) + ")" : "";
        return new UsageException("--" + p.field().option() + axis + ": " + p.message());
    }

    private static void printText(LayerResult r, List<Long> targets, PrintStream out) {
        LayerSpec spec = r.spec();
        out.println(spec.kind().name().toLowerCase(Locale.ROOT) + " " + (spec.is2d() ? "2D" : "1D") + ", "
                + spec.mode().name().toLowerCase(Locale.ROOT) + " padding: output size "
                + String.join(" x ", r.outputShape().stream().map(String::valueOf).toList()));
        for (AxisResult a : r.axes()) {
            String prefix = spec.is2d() ? a.name() + ": " : "";
            out.println("  " + prefix + a.formula().text());
            if (a.samePadding() != null) {
                var same = a.samePadding();
                out.println("  " + prefix + "same padding: before " + same.before() + ", after " + same.after()
                        + (same.asymmetric() ? " (asymmetric)" : "") + " gives " + same.outputSize()
                        + "  [" + same.total().text() + "]");
            }
            if (targets != null) {
                printTarget(spec, a, targets.get(a.axis()), prefix, out);
            }
        }
        for (String w : r.warningMessages()) {
            out.println("warning: " + w);
        }
    }

    private static void printTarget(LayerSpec spec, AxisResult a, long target, String prefix, PrintStream out) {
        if (spec.kind() == ConvKind.TRANSPOSED) {
            TransposedSolutions s = ConvSolver.transposed(a.spec(), target);
            List<String> pairs = new ArrayList<>();
            for (TransposedSolution t : s.solutions()) {
                pairs.add("padding " + t.padding() + ", output_padding " + t.outputPadding());
            }
            out.println("  " + prefix + "solutions for output " + target + ": "
                    + (pairs.isEmpty() ? "none" : String.join("; ", pairs)));
            s.steps().forEach(step -> out.println("    " + step));
            out.println("  why output_padding: " + s.whyOutputPadding());
            return;
        }
        MinInputAnswer m = ConvSolver.minInput(a.spec(), target);
        out.println("  " + prefix + "minimum input for output " + target + ": " + (m.exists() ? m.minInput() : "none")
                + "  [" + m.formula().text() + "]");
        out.println("    " + m.explanation());
        List<Long> pads = ConvSolver.convPaddings(a.spec(), target);
        out.println("  " + prefix + "paddings per side giving " + target + " with input " + a.spec().input() + ": "
                + (pads.isEmpty() ? "none" : String.join(", ", pads.stream().map(String::valueOf).toList())));
    }

    /** Reads the layer from the options; unknown words and malformed numbers are usage errors. */
    static final class ConvOptions {

        private ConvOptions() {
        }

        static LayerSpec spec(Args args) throws UsageException {
            List<Long> in = sizes(args.require("in"), "in");
            int n = in.size();
            ConvKind kind = kind(args.value("kind"));
            PaddingMode mode = mode(args.value("mode"));
            List<Long> k = perAxis(args.require("k"), "k", n);
            List<Long> s = args.has("s") ? perAxis(args, "s", n) : kind == ConvKind.POOL ? k : List.of(1L, 1L);
            List<long[]> p = paddings(args.value("p"), n);
            List<Long> d = args.has("d") ? perAxis(args, "d", n) : List.of(1L, 1L);
            List<Long> op = args.has("op") ? perAxis(args, "op", n) : List.of(0L, 0L);
            List<AxisSpec> axes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                axes.add(new AxisSpec(in.get(i), k.get(i), s.get(i), p.get(i)[0], p.get(i)[1], d.get(i), op.get(i)));
            }
            return new LayerSpec(kind, mode, axes);
        }

        static List<Long> perAxis(Args args, String option, int axes) throws UsageException {
            return perAxis(args.value(option), option, axes);
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
    /** The JSON document: in 2D every per-axis value becomes a [width, height] pair. */
    static final class ConvJson {

        private ConvJson() {
        }

        static Map<String, Object> build(LayerResult r, List<Long> targets) {
            boolean two = r.spec().is2d();
            List<AxisResult> axes = r.axes();
            Map<String, Object> m = Json.object();
            m.put("outputSize", pick(two, r.outputShape()));
            m.put("formula", pick(two, axes.stream().map(a -> a.formula().text()).toList()));
            m.put("warnings", r.warningMessages());
            boolean transposed = r.spec().kind() == ConvKind.TRANSPOSED;
            if (!transposed) {
                Map<String, Object> same = Json.object();
                same.put("before", pick(two, axes.stream().map(a -> a.samePadding().before()).toList()));
                same.put("after", pick(two, axes.stream().map(a -> a.samePadding().after()).toList()));
                m.put("samePadding", same);
            }
            if (targets == null) {
                return m;
            }
            if (transposed) {
                List<List<TransposedSolution>> per = axes.stream()
                        .map(a -> ConvSolver.transposed(a.spec(), targets.get(a.axis())).solutions()).toList();
                m.put("solutions", two ? pairs(per.get(0), per.get(1)) : per.get(0).stream().map(t -> solution(t.padding(), t.outputPadding())).toList());
            } else {
                m.put("minInput", pick(two, axes.stream().map(a -> {
                    MinInputAnswer ans = ConvSolver.minInput(a.spec(), targets.get(a.axis()));
                    return ans.exists() ? (Object) ans.minInput() : null;
                }).toList()));
                m.put("paddings", pick(two, axes.stream().map(a -> ConvSolver.convPaddings(a.spec(), targets.get(a.axis()))).toList()));
            }
            return m;
        }

        private static List<Object> pairs(List<TransposedSolution> w, List<TransposedSolution> h) {
            List<Object> all = new ArrayList<>();
            for (TransposedSolution a : w) {
                for (TransposedSolution b : h) {
                    all.add(solution(List.of(a.padding(), b.padding()), List.of(a.outputPadding(), b.outputPadding())));
                }
            }
            return all;
        }

        private static Map<String, Object> solution(Object padding, Object outputPadding) {
            Map<String, Object> m = Json.object();
            m.put("padding", padding);
            m.put("outputPadding", outputPadding);
            return m;
        }

        private static Object pick(boolean two, List<?> perAxis) {
            return two ? perAxis : perAxis.get(0);
        }
    }
}
