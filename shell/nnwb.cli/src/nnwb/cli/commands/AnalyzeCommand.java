package nnwb.cli.commands;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import nnwb.core.TextFiles;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.cost.GradientGrowth;
import nnwb.core.cost.GradientGrowthText;
import nnwb.core.memory.ConventionMemory;
import nnwb.core.memory.DType;
import nnwb.core.memory.MemoryConventions;
import nnwb.core.report.ReportJson;
import nnwb.core.report.ReportTable;
import nnwb.core.check.Echo;
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
@Component(service = Command.class)
@CommandLine.Command(name = "analyze", description = "shapes, parameters, multiplications, receptive field and memory of a network",
        footer = {"", "Per layer: output shape, parameters (weights + biases), forward multiply-accumulates, backward",
                "multiplications (input gradient + weight gradient), receptive field and activation bytes for the",
                "batch; totals; memory for inference and for training with SGD, momentum and Adam as",
                "fixed + batch x per-example bytes, with the derivation.",
                "How MACs count: conv and fc one per weight use; avgpool one per window cell; batchnorm and mul",
                "(element-wise product, e.g. a squeeze-and-excitation gate) one per output value (a product with",
                "nothing to accumulate), backward two per output value for mul (one per factor's gradient).",
                "--convention NAME prints memory as textbook, pytorch or dl4j count it.",
                "JSON (--json): layers, totals, memory (memory.conventions: textbook, pytorch, dl4j), findings.",
                "--gradients (Berkeley HW4 2(g)): the fully connected layers as a stack x' = c W x with N(0,1) weights and",
                "c = 1/sqrt(d_in), no activations; per layer the norm of the gradient with respect to its input when the output",
                "gradient has norm 1: rank-1 weights (the sheet's setting) grow it by sqrt(d_out) per layer, the fix multiplies",
                "each backpropagated gradient by 1/sqrt(d_out); full-rank N(0,1) weights for contrast. Closed form and one",
                "sample with explicit matrices (--seed S, default 1). JSON: gradientGrowth.layers[] {name, dIn, dOut, scale,",
                "  growth, rank1, rank1Sampled, rank1Fixed, rank1FixedSampled, fullRank, fullRankSampled, fullRankFixed,",
                "  fullRankFixedSampled}, gradientGrowth.seed.",
                "Exit codes: 0 ok, 2 bad input or a model with errors (file:line:col: reason)."})
public final class AnalyzeCommand extends CommandBase {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a .nnet network description")
    private String file;

    @Option(names = "--template", paramLabel = "NAME", description = "a bundled template instead of a file: ${COMPLETION-CANDIDATES}",
            completionCandidates = TemplateNames.class)
    private String template;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = {"give symbol NAME an integer value (repeatable), e.g. --set classes=10;",
            "a name the network does not declare is an error. n is the batch size, as in the",
            "coursework's notation: --set n=64 is --batch 64"})
    private List<String> sets = List.of();

    @Option(names = "--batch", paramLabel = "n", description = "batch size (default 1; the symbol n with --symbolic)")
    private String batch;

    @Option(names = "--dtype", paramLabel = "T", description = "bytes per value: fp32 (default), fp16, bf16, fp8")
    private String dtype;

    @Option(names = "--symbolic", description = "keep every symbol without --set symbolic, ignoring defaults: counts become formulas such as n·K²·L")
    private boolean symbolic;

    @Option(names = "--convention", paramLabel = "NAME", description = {"print memory under convention NAME: textbook (the sheets' count,",
            "the default), pytorch (what autograd keeps), dl4j (what DL4J/ND4J allocates); --json always has all three",
            "under memory.conventions"})
    private String convention;

    @Option(names = "--gradients", description = "backpropagated gradient norms per dense layer, with and without the 1/sqrt(d_out) fix (HW4 2(g))")
    private boolean gradients;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the --gradients sample (default 1)")
    private long seed = 1;

    public AnalyzeCommand() {
    }

    @Override
    public Integer call() throws UsageException {
        String source;
        String text;
        if (template != null) {
            if (file != null) {
                throw new UsageException("give either FILE or --template, not both");
            }
            if (!Templates.exists(template)) {
                throw new UsageException("unknown template '" + template + "' (known: " + String.join(", ", Templates.names()) + ")");
            }
            source = template + ".nnet";
            text = Templates.text(template);
        } else {
            if (file == null) {
                throw new UsageException("missing FILE (or --template NAME)");
            }
            source = file;
            text = read(source);
        }
        if (convention != null && !MemoryConventions.NAMES.contains(convention)) {
            throw new UsageException("unknown convention '" + convention + "' (known: " + String.join(", ", MemoryConventions.NAMES) + ")");
        }
        AnalysisOptions options = options();
        AnalysisReport report = Analyzer.analyze(text, options);
        List<GradientGrowth.Row> growth = null;
        if (gradients && report.firstError() == null) {
            try {
                growth = GradientGrowth.of(GradientGrowth.stack(report.graph()), seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--gradients: " + source + ": " + e.getMessage());
            }
        }
        if (json()) {
            Map<String, Object> doc = ReportJson.of(report);
            if (growth != null) {
                doc.put("gradientGrowth", GradientGrowthText.json(growth, seed));
            }
            out().println(Json.write(doc));
        }
        Finding err = report.firstError();
        if (err != null) {
            long more = report.findings().stream().filter(Finding::isError).count() - 1;
            throw new UsageException(source + ":" + err.line() + ":" + err.column() + ": " + err.message()
                    + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")" : ""));
        }
        if (!json()) {
            ConventionMemory c = convention == null ? null : report.memory().convention(convention);
            if (c != null && !c.available()) {
                throw new UsageException(source + ": " + c.problem());
            }
            out().print(ReportTable.of(report, convention));
            if (growth != null) {
                out().print(GradientGrowthText.table(growth, seed));
            }
        }
        return 0;
    }

    /** The template names for the help text. */
    static final class TemplateNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Templates.names().iterator();
        }
    }

    /** The model text: a regular UTF-8 file within {@link TextFiles}' bounds, else a one-line usage error. */
    private static String read(String file) throws UsageException {
        try {
            return TextFiles.read(Path.of(file));
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + Echo.oneLine(file) + "' " + Echo.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private AnalysisOptions options() throws UsageException {
        Map<String, Poly> values = new HashMap<>();
        for (String s : sets) {
            int eq = s == null ? -1 : s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects NAME=VALUE, got '" + s + "'");
            }
            values.put(s.substring(0, eq).trim(), Poly.of(integer("--set " + s.substring(0, eq), s.substring(eq + 1))));
        }
        Poly n = null;
        if (batch != null) {
            BigInteger b = integer("--batch", batch);
            if (b.signum() <= 0) {
                throw new UsageException("--batch must be positive, got " + b);
            }
            n = Poly.of(b);
        }
        DType type = DType.FP32;
        if (dtype != null) {
            type = DType.parse(dtype);
            if (type == null) {
                throw new UsageException("--dtype must be fp32, fp16, bf16 or fp8, got '" + dtype + "'");
            }
        }
        return new AnalysisOptions(values, symbolic, n, type);
    }

    private static BigInteger integer(String what, String v) throws UsageException {
        try {
            return new BigInteger(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " expects an integer, got '" + v + "'");
        }
    }
}
