package nnwb.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nnwb.core.graph.ExpansionLimits;
import nnwb.core.model.Finding;
import nnwb.core.model.Severity;
import org.junit.jupiter.api.Test;

/** A model whose nested blocks and repeats multiply beyond reason is one error finding, never a hang. */
class ExpansionBoundsTest {

    /** 15 lines standing for 10^12 layers: three levels of repeat=10000. */
    static final String BOMB = """
            input 8
            block b1
              fc 8
              relu
            end
            block b2
              b1 repeat=10000
            end
            block b3
              b2 repeat=10000
            end
            b3 repeat=10000
            """;

    /** The same nesting where the innermost line fails: no layer is added, yet each line would be expanded. */
    static final String FAILING_BOMB = BOMB.replace("  fc 8\n  relu\n", "  bogus 8\n");

    private static List<Finding> errors(AnalysisReport r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void nestedRepeatsStopAtTheLayerLimitWithOneError() {
        AnalysisReport r = Analyzer.analyze(BOMB, AnalysisOptions.defaults());
        List<Finding> errors = errors(r);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("the model expands to more than 20000 layers (nested blocks and repeats multiply); make it smaller "
                + "or use a symbol (repeat=L)", errors.get(0).message());
        assertTrue(r.rows().size() <= ExpansionLimits.DEFAULT.maxLayers(), "rows " + r.rows().size());
    }

    @Test
    void linesThatFailInsideNestedRepeatsAreCountedToo() {
        AnalysisReport r = Analyzer.analyze(FAILING_BOMB, AnalysisOptions.defaults(),
                new ExpansionLimits(20_000, 50_000, Duration.ofMinutes(10)));
        Finding last = errors(r).get(errors(r).size() - 1);
        assertEquals("the model expands to more than 50000 statements and values (nested blocks and repeats multiply); "
                + "make it smaller", last.message());
        assertTrue(r.findings().size() < 100, "distinct findings " + r.findings().size());
    }

    @Test
    void aModelWithinTheLimitsIsAnalysedWhole() {
        String model = "input 8\nblock b1\n  fc 8\n  relu\nend\nb1 repeat=2500\n";
        AnalysisReport r = Analyzer.analyze(model, AnalysisOptions.defaults(), new ExpansionLimits(5001, 1_000_000,
                Duration.ofMinutes(10)));
        assertFalse(r.hasErrors(), r.findings().toString());
        assertEquals(5001, r.rows().size());
        AnalysisReport over = Analyzer.analyze(model, AnalysisOptions.defaults(), new ExpansionLimits(5000, 1_000_000,
                Duration.ofMinutes(10)));
        assertEquals("the model expands to more than 5000 layers (nested blocks and repeats multiply); make it smaller "
                + "or use a symbol (repeat=L)", over.firstError().message());
    }

    @Test
    void limitsCannotBeEmptyAndOnlyShrinkToATimeLeft() {
        ExpansionLimits l = ExpansionLimits.DEFAULT.within(Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(300), l.time());
        assertEquals(ExpansionLimits.DEFAULT.time(), ExpansionLimits.DEFAULT.within(Duration.ofDays(1)).time());
        assertEquals(Duration.ofNanos(1), ExpansionLimits.DEFAULT.within(Duration.ofSeconds(-1)).time());
    }
}
