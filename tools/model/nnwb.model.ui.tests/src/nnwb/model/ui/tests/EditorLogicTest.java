package nnwb.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.memory.DType;
import nnwb.core.templates.Templates;
import nnwb.model.ui.internal.editor.NnetCompletions;
import nnwb.model.ui.internal.editor.NnetWords;
import nnwb.model.ui.internal.summary.LayerGraph;
import nnwb.model.ui.internal.summary.SummaryOptions;

/** Display-free parts of the model editor: completion, colouring words, options, the layer graph. */
class EditorLogicTest {

    @Test
    void completesLayerKindsAtLineStartAndParametersAfterAKind() {
        String text = "input 28x28x1\nco";
        List<String> words = NnetCompletions.at(text, text.length()).stream().map(NnetCompletions.Proposal::text).toList();
        assertTrue(words.contains("conv"), words.toString());
        assertTrue(words.contains("convt"), words.toString());
        assertFalse(words.contains("relu"), words.toString());
        String after = "input 28x28x1\nconv 10 3 str";
        List<NnetCompletions.Proposal> ps = NnetCompletions.at(after, after.length());
        assertEquals(List.of("stride="), ps.stream().map(NnetCompletions.Proposal::text).toList());
        assertEquals(after.length() - 3, ps.get(0).offset());
        assertEquals(3, ps.get(0).length());
        String named = "c1: ";
        assertTrue(NnetCompletions.at(named, named.length()).stream().anyMatch(p -> p.text().equals("maxpool")));
    }

    @Test
    void classifiesWordsForColouring() {
        assertEquals(NnetWords.Kind.KEYWORD, NnetWords.classify("input"));
        assertEquals(NnetWords.Kind.SHORTHAND, NnetWords.classify("CONV3-10"));
        assertEquals(NnetWords.Kind.LAYER, NnetWords.classify("batchnorm"));
        assertEquals(NnetWords.Kind.OTHER, NnetWords.classify("conv1"));
    }

    @Test
    void optionsNameTheFieldThatIsWrong() {
        SummaryOptions.Result ok = SummaryOptions.read("64", "fp16", "classes=10, NF=32", false);
        assertTrue(ok.ok());
        assertEquals(DType.FP16, ok.options().dtype());
        assertEquals(64, ok.options().effectiveBatch().longValue());
        SummaryOptions.Result bad = SummaryOptions.read("6x", "fp32", "classes=ten", false);
        assertEquals("batch", bad.problems().get(0)[0]);
        assertEquals("symbols", bad.problems().get(1)[0]);
    }

    @Test
    void resnetGraphDrawsEveryResidualAddWithASkipArc() {
        AnalysisReport r = Analyzer.analyze(Templates.text("resnet18"), nnwb.core.analysis.AnalysisOptions.defaults());
        LayerGraph g = new LayerGraph(r);
        assertEquals(r.rows().size(), g.boxes().size());
        long adds = 0;
        for (LayerGraph.Box b : g.boxes()) {
            if (b.type().startsWith("add")) {
                adds++;
                assertTrue(g.edges().stream().anyMatch(e -> e.to() == b.index() && e.skip()), b.name());
            }
        }
        assertTrue(adds > 0, "ResNet-18 has residual adds");
        LayerGraph plain = new LayerGraph(Analyzer.analyze(Templates.text("edge-cnn"),
                nnwb.core.analysis.AnalysisOptions.defaults()));
        assertEquals(0, plain.skipCount());
        assertEquals(plain.boxes().size() - 1, plain.edges().size());
    }
}
