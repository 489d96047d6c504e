package nnwb.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.json.Json;
import nnwb.core.templates.Templates;

/** {@code nnwb bench --engine}: how long the analysis engine takes to parse and analyse large templates. */
final class EngineBench {

    static final List<String> MODELS = List.of("resnet18", "vgg16", "resnet50", "resnet152");

    private EngineBench() {
    }

    /** One row per template: runs, min, median, mean and max milliseconds after warm-up. */
    static List<Map<String, Object>> run(int warmup, int runs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String m : MODELS) {
            AnalysisBenchmark.Stats s = AnalysisBenchmark.time(m, Templates.text(m), AnalysisOptions.defaults(), warmup, runs);
            Map<String, Object> row = Json.object();
            row.put("model", m);
            row.put("runs", s.runs());
            row.put("minMs", round(s.minMs()));
            row.put("medianMs", round(s.medianMs()));
            row.put("meanMs", round(s.meanMs()));
            row.put("maxMs", round(s.maxMs()));
            rows.add(row);
        }
        return rows;
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
