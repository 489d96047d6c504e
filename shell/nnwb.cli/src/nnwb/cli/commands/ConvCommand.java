package nnwb.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import nnwb.core.conv.ConvAnswerText;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.ValidationProblem;
import nnwb.core.json.Json;
import nnwb.core.report.ConvJson;

/** {@code nnwb conv}: output size, formula and warnings of one layer, and with {@code --target} the backward answers. */
@Component(service = Command.class)
@CommandLine.Command(name = "conv", description = "output size, minimum input and transposed padding of a conv/pool layer",
        footer = {"",
                "Output size of one convolution, pooling or transposed convolution layer with the formula",
                "substituted step by step, warnings (cells the stride drops, cells never read), and the",
                "\"same\" padding. With --target: the minimum input and the symmetric paddings that give OUT",
                "(conv, pool), or every (padding, output_padding) pair that gives OUT (transposed).",
                "In 2D every number may be one value for both axes or WxH, e.g. --k 3x5 --p 1:2x2.",
                "",
                "JSON (--json), 1D: {\"outputSize\": N, \"formula\": \"out = ...\", \"warnings\": [\"...\"],",
                "  \"samePadding\": {\"before\": B, \"after\": A} (conv, pool), with --target also",
                "  \"minInput\": N or null and \"paddings\": [P, ...] (conv, pool) or",
                "  \"solutions\": [{\"padding\": P, \"outputPadding\": OP}, ...] (transposed)}.",
                "In 2D every number becomes a [width, height] pair, \"formula\" a [width, height] pair of",
                "strings, \"paddings\" a [width list, height list] pair, each solution a pair of pairs",
                "(every combination of a width and a height solution); warnings start with their axis.",
                "Exit codes: 0 ok, 2 bad input (the message names the option)."})
public final class ConvCommand extends CommandBase {

    @Option(names = "--in", required = true, paramLabel = "W[xH]", description = "input size: W for 1D, WxH (width x height) for 2D")
    private String in;
    @Option(names = "--k", required = true, paramLabel = "K", description = "kernel size")
    private String k;
    @Option(names = "--s", paramLabel = "S", description = "stride (default 1; pool: the kernel)")
    private String s;
    @Option(names = "--p", paramLabel = "P", description = "padding per side (default 0); B:A pads B before and A after")
    private String p;
    @Option(names = "--d", paramLabel = "D", description = "dilation (default 1)")
    private String d;
    @Option(names = "--mode", paramLabel = "MODE", description = "padding mode: zero (default), circular or reflect")
    private String mode;
    @Option(names = "--kind", paramLabel = "KIND", description = "conv (default), pool or transposed")
    private String kind;
    @Option(names = "--op", paramLabel = "OP", description = "output_padding of a transposed convolution (default 0)")
    private String op;
    @Option(names = "--target", paramLabel = "OUT", description = "wanted output size")
    private String target;

    public ConvCommand() {
    }

    @Override
    public Integer call() throws UsageException {
        LayerSpec spec = ConvOptions.spec(new ConvOptions.Typed(in, k, s, p, d, mode, kind, op));
        LayerResult result = ConvCalculator.analyze(spec);
        if (!result.valid()) {
            throw problem(spec, result.problems().get(0));
        }
        List<Long> targets = target != null ? ConvOptions.perAxis(target, "target", spec.axes().size()) : null;
        if (targets != null) {
            for (long t : targets) {
                List<ValidationProblem> problems = ConvValidation.checkTarget(t);
                if (!problems.isEmpty()) {
                    throw problem(spec, problems.get(0));
                }
            }
        }
        Map<String, Object> json = ConvJson.build(result, targets);
        if (json()) {
            out().println(Json.write(json));
        } else {
            printText(result, targets, out());
        }
        return 0;
    }

    static UsageException problem(LayerSpec spec, ValidationProblem p) {
        String axis = spec.is2d() && p.axis() >= 0 ? " (" + spec.axisName(p.axis()) + ")" : "";
        return new UsageException("--" + p.field().option() + axis + ": " + p.message());
    }

    private static void printText(LayerResult r, List<Long> targets, PrintWriter out) {
        ConvAnswerText.lines(r, targets).forEach(out::println);
    }
}
