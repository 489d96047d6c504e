package nnwb.core.analysis;

import nnwb.core.report.ReportJson;
import nnwb.core.report.ReportTable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nnwb.core.model.Finding;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/** An editor analyses half-typed text on every keystroke: no input may throw. */
class RobustnessTest {

    @Test
    void emptyAndDegenerateTexts() {
        for (String text : new String[] {"", "\n\n", "input", "input x", "relu", "input 0x4x1\n", "input 4\nrepeat=3\n", "block\nend\n",
                "input 4\nfc 2 repeat=-1\n", "symbol K=K\ninput features=K\n", "input channels=3 size=8\nconv 2 3 padding=same stride=2 dilation=2\n"}) {
            AnalysisReport r = assertDoesNotThrow(() -> Analyzer.analyze(text, AnalysisOptions.defaults()), text);
            assertDoesNotThrow(() -> ReportTable.of(r));
            assertDoesNotThrow(() -> ReportJson.of(r));
        }
    }

    @Test
    void everyPrefixAndRandomEditOfTheTemplatesIsAnalysedWithoutExceptions() {
        Random rnd = new Random(42);
        String alphabet = "x=:-,()*/ 0123456789abcKLn\n";
        for (String name : Templates.names()) {
            String text = Templates.text(name);
            for (int i = 0; i < 25; i++) {
                String prefix = text.substring(0, rnd.nextInt(text.length() + 1));
                int at = rnd.nextInt(text.length());
                String edited = text.substring(0, at) + alphabet.charAt(rnd.nextInt(alphabet.length())) + text.substring(Math.min(text.length(), at + 1));
                for (String t : new String[] {prefix, edited}) {
                    AnalysisReport r = assertDoesNotThrow(() -> Analyzer.analyze(t, AnalysisOptions.symbolicMode().with("size", 32)), t);
                    for (Finding f : r.findings()) {
                        assertTrue(f.line() >= 1 && f.column() >= 1, f.toString());
                    }
                    assertDoesNotThrow(() -> ReportJson.of(r));
                }
            }
        }
    }
}
