package nnwb.cli.commands;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;

import java.util.Arrays;
import nnwb.core.model.ModelParser;
import nnwb.core.model.NetworkModel;
import nnwb.core.templates.Templates;

/**
 * Times the engine (parse + full analysis) on a description, after warm-up
 * runs, for a {@code bench} command; no {@code main}.
 */
public final class AnalysisBenchmark {

    /** Timings in milliseconds over {@code runs} measured runs. */
    public record Stats(String what, int runs, double minMs, double medianMs, double meanMs, double maxMs) {

        @Override
        public String toString() {
            return String.format("%s: %d runs, min %.3f ms, median %.3f ms, mean %.3f ms, max %.3f ms", what, runs, minMs, medianMs, meanMs, maxMs);
        }
    }

    private AnalysisBenchmark() {
    }

    /** Parses and analyses {@code text} {@code warmup + runs} times; times the last {@code runs}. */
    public static Stats time(String what, String text, AnalysisOptions options, int warmup, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += once(text, options);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += once(text, options);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        return new Stats(what, runs, ms[0], ms[runs / 2], mean, ms[runs - 1]);
    }

    /** ResNet-152 at 224×224 with 1000 classes, the engine's reference benchmark. */
    public static Stats resnet152(int warmup, int runs) {
        return time("resnet152", Templates.text("resnet152"), AnalysisOptions.defaults(), warmup, runs);
    }

    private static long once(String text, AnalysisOptions options) {
        NetworkModel m = ModelParser.parse(text);
        return Analyzer.analyze(m, options).rows().size();
    }
}
