package nnwb.bridge.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.bridge.pytorch.ExportException;
import nnwb.core.bridge.pytorch.PyTorchExport;
import nnwb.core.graph.Shape;
import nnwb.core.json.Json;
import nnwb.core.memory.DType;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.osgi.service.component.annotations.Component;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnwb export}: a {@code .nnet} description (or a template) as a readable PyTorch module. */
@Component(service = Command.class)
@CommandLine.Command(name = "export", description = "write a .nnet network as a PyTorch torch.nn.Module",
        footer = {"", "Blocks become sub-modules (classes named after the .nnet blocks), numbered chains nn.Sequential,",
                "every layer's output shape a comment; layer names become attribute names (state_dict keys).",
                "Symbols take their defaults or --set values. Without --out the Python goes to stdout.",
                "JSON (--json): {\"to\", \"out\" (null without --out), \"network\", \"params\", \"output\" (shape per",
                "example, e.g. \"1000\"), \"python\" (the source)}.",
                "Exit codes: 0 ok, 2 bad input or a model with errors."})
public final class ExportCommand extends CommandBase {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a .nnet network description")
    private Path file;

    @Option(names = "--template", paramLabel = "NAME", description = "a bundled template instead of a file")
    private String template;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "the target: pytorch")
    private String to;

    @Option(names = "--out", paramLabel = "FILE", description = "write the source to FILE")
    private Path out;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "give symbol NAME an integer value (repeatable)")
    private List<String> sets = List.of();

    @Override
    public Integer call() throws UsageException {
        if (!"pytorch".equals(to)) {
            throw new UsageException("unknown target '" + to + "' (known: pytorch)");
        }
        String source;
        String text;
        if (template != null) {
            if (file != null || !Templates.exists(template)) {
                throw new UsageException(file != null ? "give either FILE or --template, not both"
                        : "unknown template '" + template + "' (known: " + String.join(", ", Templates.names()) + ")");
            }
            source = template + ".nnet";
            text = Templates.text(template);
        } else if (file == null) {
            throw new UsageException("missing FILE (or --template NAME)");
        } else {
            source = file.getFileName().toString();
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
        }
        AnalysisReport a = Analyzer.analyze(text, options());
        String python;
        try {
            python = PyTorchExport.write(a, source);
        } catch (ExportException e) {
            throw new UsageException(source + ": " + e.getMessage());
        }
        if (out != null) {
            try {
                Files.writeString(out, python, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new UsageException("cannot write " + out + ": " + e.getMessage());
            }
        }
        String output = shape(a.graph().output().outputShape());
        if (json()) {
            Map<String, Object> m = Json.object();
            m.put("to", to);
            m.put("out", out == null ? null : out.toString());
            m.put("network", a.graph().name());
            m.put("params", a.totals().params().longValue());
            m.put("output", output);
            m.put("python", python);
            out().println(Json.write(m));
        } else if (out == null) {
            out().print(python);
        } else {
            out().println(String.format(Locale.ROOT, "wrote %s: %,d parameters, output %s", out, a.totals().params().longValue(), output));
        }
        return 0;
    }

    private AnalysisOptions options() throws UsageException {
        Map<String, Poly> values = new HashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            try {
                values.put(s.substring(0, eq).trim(), Poly.of(Long.parseLong(s.substring(eq + 1).trim())));
            } catch (RuntimeException e) {
                throw new UsageException("--set expects NAME=INTEGER, got '" + s + "'");
            }
        }
        return new AnalysisOptions(values, false, null, DType.FP32);
    }

    /** {@code 64x56x56}, or {@code 1000} for a vector. */
    static String shape(Shape s) {
        StringBuilder b = new StringBuilder(s.channels().toString());
        s.spatial().forEach(p -> b.append('x').append(p));
        return b.toString();
    }
}
