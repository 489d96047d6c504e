package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nnwb.core.model.Finding;
import nnwb.core.symbolic.Poly;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/** Symbols flow through every count; substituting gives the numeric answer. */
class SymbolicModeTest {

    @Test
    void defaultsApplyUnlessSymbolicModeIgnoresThem() {
        String net = "symbol C=3\ninput channels=C size=8\nc: conv 4 3 padding=1\n";
        assertEquals(Poly.of(4 * 3 * 9 + 4), Analyzer.analyze(net, AnalysisOptions.defaults()).totals().params());
        AnalysisReport s = Analyzer.analyze(net, AnalysisOptions.symbolicMode());
        assertEquals(Poly.parse("36*C + 4"), s.totals().params());
        assertTrue(s.symbolic());
        assertEquals(Poly.of(4 * 5 * 9 + 4), Analyzer.analyze(net, AnalysisOptions.symbolicMode().with("C", 5)).totals().params());
    }

    @Test
    void batchIsTheSymbolNInSymbolicMode() {
        AnalysisReport r = Analyzer.analyze("input 10\nfc 3\n", AnalysisOptions.symbolicMode());
        assertEquals(Poly.parse("30*n"), r.totals().macs());
        assertEquals(Poly.parse("4*n*3"), r.rows().get(1).activationBytes());
        assertEquals(Poly.of(30 * 7), Analyzer.analyze("input 10\nfc 3\n", AnalysisOptions.symbolicMode().withBatch(7)).totals().macs());
    }

    @Test
    void everySymbolicCountSubstitutesToTheNumericOne() {
        Map<String, Long> values = Map.of("NIC", 3L, "NF", 16L, "NC", 10L, "kernel", 5L, "size", 32L);
        AnalysisOptions sym = AnalysisOptions.symbolicMode().with("size", 32);
        AnalysisOptions num = AnalysisOptions.defaults().withBatch(4);
        for (var e : values.entrySet()) {
            num = num.with(e.getKey(), e.getValue());
        }
        AnalysisReport s = Analyzer.analyze(Templates.text("pool-upsample-net"), sym);
        AnalysisReport n = Analyzer.analyze(Templates.text("pool-upsample-net"), num);
        assertFalse(s.hasErrors(), s.findings().toString());
        Map<String, Poly> sub = new java.util.HashMap<>();
        values.forEach((k, v) -> sub.put(k, Poly.of(v)));
        sub.put("n", Poly.of(4));
        assertEquals(n.totals().params(), s.totals().params().substitute(sub));
        assertEquals(n.totals().macs(), s.totals().macs().substitute(sub));
        assertEquals(n.totals().backwardMults(), s.totals().backwardMults().substitute(sub));
        assertEquals(n.memory().adam().totalBytes(), s.memory().adam().totalBytes().substitute(sub));
        assertEquals(n.memory().storedValues(), s.memory().storedValues().substitute(sub));
        for (int i = 0; i < n.rows().size(); i++) {
            assertEquals(n.rows().get(i).outputShape().elements(), s.rows().get(i).outputShape().elements().substitute(sub));
        }
    }

    @Test
    void floorOfASymbolIsAFindingNotAnException() {
        AnalysisReport r = Analyzer.analyze("symbol S\ninput channels=1 size=S\np: maxpool 2\n", AnalysisOptions.symbolicMode());
        Finding f = r.firstError();
        assertEquals(3, f.line());
        assertTrue(f.message().contains("give values for S"), f.message());
        AnalysisReport even = Analyzer.analyze("symbol S even\ninput channels=1 size=S\np: maxpool 2\n", AnalysisOptions.symbolicMode());
        assertFalse(even.hasErrors(), even.findings().toString());
        assertEquals(Poly.parse("S/2"), even.row("p").outputShape().spatial().get(0));
    }

    @Test
    void floorDivisionInArgumentsNeedsAParity() {
        AnalysisReport any = Analyzer.analyze("symbol k\ninput channels=1 size=8\nconv 1 k padding=k//2\n", AnalysisOptions.symbolicMode());
        assertTrue(any.firstError().message().contains("floor division"), any.findings().toString());
        AnalysisReport odd = Analyzer.analyze("symbol k odd\ninput channels=1 size=8\nc: conv 1 k padding=k//2\n", AnalysisOptions.symbolicMode());
        assertFalse(odd.hasErrors(), odd.findings().toString());
        assertEquals(Poly.of(8), odd.row("c").outputShape().spatial().get(0));
    }

    @Test
    void symbolicRepeatMustKeepTheShape() {
        AnalysisReport r = Analyzer.analyze("symbol L\ninput 8\nblock grow\n  fc 16\nend\ng: grow repeat=L\n", AnalysisOptions.symbolicMode());
        Finding f = r.firstError();
        assertEquals(6, f.line());
        assertTrue(f.message().contains("must keep the shape"), f.message());
    }

    @Test
    void symbolicRepeatOfASingleLayer() {
        AnalysisReport r = Analyzer.analyze("symbol K L\ninput features=K\nh: fc K repeat=L\nfc 1\n", AnalysisOptions.symbolicMode());
        assertFalse(r.hasErrors(), r.findings().toString());
        assertEquals(Poly.parse("K^2*L + K*L + K + 1"), r.totals().params());
        assertEquals(Poly.var("L"), r.row("h.*").multiplier());
    }

    @Test
    void numericRepeatUnrollsWithNumberedNames() {
        AnalysisReport r = Analyzer.analyze("input 4\nh: fc 4 repeat=3\nblock b\n  x: relu\nend\nb\nb repeat=2\n", AnalysisOptions.defaults());
        assertFalse(r.hasErrors(), r.findings().toString());
        assertEquals(java.util.List.of("input", "h.0", "h.1", "h.2", "b.0.x", "b.1.x", "b.2.x"), r.rows().stream().map(LayerRow::name).toList());
    }
}
