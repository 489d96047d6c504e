package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.PaddingMode;
import nnwb.core.model.Finding;
import nnwb.core.report.Csv;
import nnwb.core.report.ReportExport;
import nnwb.core.templates.Templates;

/** Defects a new user met (issue 14), each pinned by a test that failed before the fix. */
class NewUserDefectsTest {

    @Test
    void aValueForAnUnknownSymbolIsAnErrorThatNamesTheModelsSymbols() {
        AnalysisReport r = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().with("width", 5));
        Finding e = r.firstError();
        assertNotNull(e, "an unknown symbol must not be ignored");
        assertTrue(e.message().contains("'width'"), e.message());
        assertTrue(e.message().contains("K, L, n (the batch size)"), e.message());
    }

    @Test
    void nIsTheBatchSizeAsInTheCourseworkNotation() {
        AnalysisReport viaN = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().with("n", 5));
        AnalysisReport viaBatch = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().withBatch(5));
        assertNull(viaN.firstError(), () -> viaN.findings().toString());
        assertEquals(5, viaN.options().effectiveBatch().longValue());
        assertEquals(ReportExport.memoryText(viaBatch), ReportExport.memoryText(viaN));
        AnalysisReport clash = Analyzer.analyze(Templates.text("mlp"), AnalysisOptions.defaults().with("n", 5).withBatch(6));
        assertTrue(clash.firstError().message().contains("contradicts --batch 6"), clash.firstError().message());
    }

    @Test
    void circularPaddingWiderThanTheInputIsRefusedByTheAnalysisAsByTheCalculator() {
        // PyTorch: circular padding may wrap around the input at most once
        AnalysisReport r = Analyzer.analyze("input 4x4x1\nconv 2 3 padding=5 padding_mode=circular\n", AnalysisOptions.defaults());
        assertTrue(r.hasErrors());
        assertEquals(ConvValidation.paddingModeProblem(PaddingMode.CIRCULAR, 4, 5, 5),
                r.firstError().message().substring(r.firstError().message().indexOf(": ") + 2));
        AnalysisReport ok = Analyzer.analyze("input 4x4x1\nconv 2 3 padding=4 padding_mode=circular\n", AnalysisOptions.defaults());
        assertFalse(ok.hasErrors(), () -> ok.findings().toString());
    }

    @Test
    void samePaddingKeepsItsPaddingModeAndItsLimits() {
        // kernel 7, stride 1: same padding is 3 before and 3 after; reflect needs padding < input (3)
        AnalysisReport r = Analyzer.analyze("input 3x3x1\nconv 1 7 padding=same padding_mode=reflect\n", AnalysisOptions.defaults());
        assertTrue(r.hasErrors(), "reflect padding 3 on an input of 3 is refused (was silently zero-padded)");
        assertTrue(r.firstError().message().contains("reflect padding 3 must be smaller than the input size 3"),
                r.firstError().message());
        AnalysisReport wide = Analyzer.analyze("input 8x8x1\nconv 1 7 padding=same padding_mode=circular\n", AnalysisOptions.defaults());
        assertFalse(wide.hasErrors(), () -> wide.findings().toString());
        assertTrue(wide.graph().nodes().stream()
                .anyMatch(n -> n.params() != null && n.params().paddingMode() == PaddingMode.CIRCULAR),
                "padding=same no longer drops padding_mode=circular");
    }

    @Test
    void csvQuotesLineBreaksQuotesAndCommas() {
        String csv = Csv.of(List.of(List.of("a\nb", "c,d", "e\"f", "plain"), List.of("x\r\ny", "", "1", "2")));
        assertEquals("\"a\nb\",\"c,d\",\"e\"\"f\",plain\r\n\"x\r\ny\",,1,2\r\n", csv);
    }
}
