package nnwb.bridge;

import java.util.HashMap;
import java.util.Map;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.bridge.pytorch.ExportException;
import nnwb.core.bridge.pytorch.PyTorchExport;
import nnwb.core.graph.Shape;
import nnwb.core.memory.DType;
import nnwb.core.symbolic.Poly;

/**
 * Writes a {@code .nnet} description as PyTorch source as the export wizard does (the analysis and
 * {@link PyTorchExport} that {@code nnwb export --to pytorch} runs): one {@link IllegalArgumentException} line for a
 * model that cannot be exported.
 */
public final class PyTorchFiles {

    /** The Python source, with the parameter count and the output shape per example ({@code 1000}, {@code 64x56x56}). */
    public record Exported(String python, long params, String output) {
    }

    private PyTorchFiles() {
    }

    /** The PyTorch module of the network described by {@code nnetText}; {@code source} names it in the docstring. */
    public static Exported export(String nnetText, String source, Map<String, Long> symbols) {
        Map<String, Poly> values = new HashMap<>();
        symbols.forEach((k, v) -> values.put(k, Poly.of(v)));
        AnalysisReport a = Analyzer.analyze(nnetText, new AnalysisOptions(values, false, null, DType.FP32));
        try {
            String python = PyTorchExport.write(a, source);
            return new Exported(python, a.totals().params().longValue(), shape(a.graph().output().outputShape()));
        } catch (ExportException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

    /** {@code "classes=10, width=2"} (commas or spaces between) as symbol values; a bad entry is one line. */
    public static Map<String, Long> symbols(String text) {
        Map<String, Long> values = new HashMap<>();
        for (String s : text.trim().split("[,\\s]+")) {
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            try {
                values.put(s.substring(0, eq).trim(), Long.parseLong(s.substring(eq + 1).trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("symbol values are NAME=INTEGER, got '" + s + "'");
            }
        }
        return values;
    }

    /** {@code 64x56x56}, or {@code 1000} for a vector. */
    public static String shape(Shape s) {
        StringBuilder b = new StringBuilder(s.channels().toString());
        s.spatial().forEach(p -> b.append('x').append(p));
        return b.toString();
    }
}
