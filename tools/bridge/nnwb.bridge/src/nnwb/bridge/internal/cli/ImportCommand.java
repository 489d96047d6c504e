package nnwb.bridge.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnwb.bridge.OnnxFiles;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.bridge.imports.ImportResult;
import nnwb.core.json.Json;
import nnwb.core.model.Finding;
import org.osgi.service.component.annotations.Component;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnwb import}: an ONNX model (as torch.onnx.export writes it) to a {@code .nnet} description. */
@Component(service = Command.class)
@CommandLine.Command(name = "import", description = "turn an ONNX model (torch.onnx.export) into a .nnet description",
        footer = {"", "Reads opsets 9 to 21 of files up to 1 GiB; weights are not read (export_params=False is enough).",
                "Layers are named after the ONNX nodes (PyTorch's module paths: layer1.0.conv1); the batch",
                "dimension becomes the batch size n. An operator .nnet cannot express is named with its node.",
                "Without --out the .nnet text goes to stdout.",
                "JSON (--json): {\"file\", \"out\" (null without --out), \"network\", \"opset\", \"producer\", \"input\",",
                "\"batchDimension\", \"params\" (the engine's count), \"output\" (shape per example, e.g. \"1000\"),",
                "\"layers\": [{\"name\", \"kind\", \"onnxNodes\", \"onnxOps\"}], \"nnet\" (the text)}.",
                "Exit codes: 0 ok, 2 a file that is not ONNX, truncated, too large, of another opset, or not expressible."})
public final class ImportCommand extends CommandBase {

    @Parameters(paramLabel = "FILE", description = "an .onnx model")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "write the .nnet description to FILE")
    private Path out;

    @Override
    public Integer call() throws UsageException {
        ImportResult r;
        try {
            r = OnnxFiles.importFile(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        AnalysisReport a = Analyzer.analyze(r.nnet(), AnalysisOptions.defaults());
        Finding err = a.firstError();
        if (err != null) {
            throw new UsageException(file + ": the imported model does not analyse: line " + err.line() + ": " + err.message());
        }
        if (out != null) {
            try {
                Files.writeString(out, r.nnet(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new UsageException("cannot write " + out + ": " + e.getMessage());
            }
        }
        String output = ExportCommand.shape(a.graph().output().outputShape());
        if (json()) {
            Map<String, Object> m = Json.object();
            m.put("file", file.toString());
            m.put("out", out == null ? null : out.toString());
            m.put("network", a.graph().name());
            m.put("opset", r.opset());
            m.put("producer", r.producer());
            m.put("input", r.input());
            m.put("batchDimension", r.batchDimension());
            m.put("params", a.totals().params().longValue());
            m.put("output", output);
            m.put("layers", r.layers().stream().map(l -> {
                Map<String, Object> o = Json.object();
                o.put("name", l.name());
                o.put("kind", l.kind());
                o.put("onnxNodes", List.copyOf(l.onnxNodes()));
                o.put("onnxOps", List.copyOf(l.onnxOps()));
                return o;
            }).toList());
            m.put("nnet", r.nnet());
            out().println(Json.write(m));
        } else if (out == null) {
            out().print(r.nnet());
        } else {
            out().println(String.format(Locale.ROOT, "wrote %s: %d layers, %,d parameters, output %s (from %s, opset %d)", out,
                    r.layers().size(), a.totals().params().longValue(), output, file.getFileName(), r.opset()));
        }
        return 0;
    }
}
