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
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.ConvSolver;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.MinInputAnswer;
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
}
