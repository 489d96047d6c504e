package nnwb.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.cli.Args;
import nnwb.cli.Cli;
import nnwb.cli.Command;
import nnwb.cli.UsageException;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.analysis.DType;
import nnwb.core.analysis.ReportJson;
import nnwb.core.analysis.ReportTable;
import nnwb.core.json.Json;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;

/**
 * {@code nnwb analyze}: shapes, parameters, multiplications, receptive field
 * and memory of a {@code .nnet} file or a bundled template, as a table or JSON.
 * A model with errors exits 2 with {@code file:line:col: reason} (after the JSON
 * with all findings when {@code --json} is given).
 */
public final class AnalyzeCommand implements Command, Cli.SwitchesAware {

    private static final String USAGE = """
            Usage: nnwb analyze FILE [--set NAME=VALUE ...] [--batch n] [--dtype fp32|fp16|bf16|fp8] [--symbolic] [--json]
                   nnwb analyze --template NAME [--set NAME=VALUE ...] [--batch n] [--dtype ...] [--symbolic] [--json]

            Per layer: output shape, parameters (weights + biases), forward multiply-accumulates,
            backward multiplications (input gradient + weight gradient), receptive field and
            activation bytes for the batch; totals; memory for inference and for training with
            SGD, momentum and Adam as fixed + batch x per-example bytes, with the derivation.

              FILE              a .nnet network description
              --template NAME   a bundled template instead of a file:
                                %s
              --set NAME=VALUE  give symbol NAME an integer value (repeatable), e.g. --set classes=10
              --batch n         batch size (default 1; the symbol n with --symbolic)
              --dtype T         bytes per value: fp32 (default), fp16, bf16, fp8
              --symbolic        keep every symbol without --set symbolic, ignoring defaults:
                                counts become formulas such as n·K²·L
              --json            one JSON document: layers, totals, memory, findings

            Exit codes: 0 ok, 2 bad input or a model with errors (file:line:col: reason).
            """;

    public AnalyzeCommand() {
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "shapes, parameters, multiplications, receptive field and memory of a network";
    }

    @Override
    public String usage() {
        return String.format(USAGE, String.join(", ", Templates.names()));
    }

    @Override
    public Set<String> switches() {
        return Set.of("symbolic");
    }

    @Override
    public int run(Args args, PrintStream out) throws UsageException {
        args.allowOnly(Set.of("template", "set", "batch", "dtype", "symbolic"));
        String source;
        String text;
        List<String> files = args.positionals();
        if (args.has("template")) {
            if (!files.isEmpty()) {
                throw new UsageException("give either FILE or --template, not both");
            }
            String t = args.value("template");
            if (t == null || !Templates.exists(t)) {
                throw new UsageException("unknown template '" + t + "' (known: " + String.join(", ", Templates.names()) + ")");
            }
            source = t + ".nnet";
            text = Templates.text(t);
        } else {
            if (files.size() != 1) {
                throw new UsageException(files.isEmpty() ? "missing FILE (or --template NAME)" : "expects one FILE, got " + files.size());
            }
            source = files.get(0);
            text = read(source);
        }
        AnalysisOptions options = options(args);
        AnalysisReport report = Analyzer.analyze(text, options);
        if (args.json()) {
            out.println(Json.write(ReportJson.of(report)));
        }
        Finding err = report.firstError();
        if (err != null) {
            long more = report.findings().stream().filter(Finding::isError).count() - 1;
            throw new UsageException(source + ":" + err.line() + ":" + err.column() + ": " + err.message()
                    + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : ""));
        }
        if (!args.json()) {
            out.print(ReportTable.of(report));
        }
        return 0;
    }

    private static String read(String file) throws UsageException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static AnalysisOptions options(Args args) throws UsageException {
        Map<String, Poly> values = new HashMap<>();
        for (String s : args.values("set")) {
            int eq = s == null ? -1 : s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects NAME=VALUE, got '" + s + "'");
            }
            values.put(s.substring(0, eq).trim(), Poly.of(integer("--set " + s.substring(0, eq), s.substring(eq + 1))));
        }
        Poly batch = null;
        if (args.has("batch")) {
            BigInteger b = integer("--batch", args.value("batch"));
            if (b.signum() <= 0) {
                throw new UsageException("--batch must be positive, got " + b);
            }
            batch = Poly.of(b);
        }
        DType dtype = DType.FP32;
        if (args.has("dtype")) {
            dtype = DType.parse(String.valueOf(args.value("dtype")));
            if (dtype == null) {
                throw new UsageException("--dtype must be fp32, fp16, bf16 or fp8, got '" + args.value("dtype") + "'");
            }
        }
        return new AnalysisOptions(values, args.has("symbolic"), batch, dtype);
    }

    private static BigInteger integer(String what, String v) throws UsageException {
        try {
            return new BigInteger(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " expects an integer, got '" + v + "'");
        }
    }
}
