package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.templates.Templates;

class AnalysisBenchmarkTest {

    @Test
    void benchmarkReportsOrderedTimings() {
        AnalysisBenchmark.Stats s = AnalysisBenchmark.time("mlp", Templates.text("mlp"), AnalysisOptions.defaults(), 1, 3);
        assertEquals(3, s.runs());
        assertTrue(s.minMs() <= s.medianMs() && s.medianMs() <= s.maxMs());
        assertTrue(s.toString().startsWith("mlp: 3 runs"));
    }
}
