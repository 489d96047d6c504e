package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A preset's parameters reach the settings file it opens: a student's drawn numbers replace the sheet's. */
class PresetTextTest {

    private static final String FILE = "# a preset: problem.p = 0.5 in this comment stays\ntitle = dropout 0.5\nproblem = d\n"
            + "problem.p = 0.5\r\nsteps = 10\noptimizer = sgd lr=0.1";

    @Test
    void eachParameterReplacesTheValueOfItsLineAndNothingElse() {
        Preset p = new Preset(Preset.OPTIMIZER_TRACE, "presets/x.optim", Map.of("problem.p", "0.25", "title", "dropout 0.25"));
        assertEquals("# a preset: problem.p = 0.5 in this comment stays\ntitle = dropout 0.25\nproblem = d\n"
                + "problem.p = 0.25\r\nsteps = 10\noptimizer = sgd lr=0.1", p.applyTo(FILE));
    }

    @Test
    void withoutParametersOrMatchingLinesTheTextStaysAsItIs() {
        assertEquals(FILE, new Preset(Preset.OPTIMIZER_TRACE, "presets/x.optim", Map.of()).applyTo(FILE));
        assertEquals(FILE, new Preset(Preset.OPTIMIZER_TRACE, "presets/x.optim", Map.of("problem.q", "1")).applyTo(FILE));
        assertEquals("input 28x28x1\nCONV3-10", new Preset(Preset.MODEL_EDITOR, "m.nnet", Map.of("in", "7"))
                .applyTo("input 28x28x1\nCONV3-10"));
        // the last line, without a line end, is replaced too
        assertEquals("steps = 10\noptimizer = adam", new Preset(Preset.OPTIMIZER_TRACE, "x.optim", Map.of("optimizer",
                "adam")).applyTo("steps = 10\noptimizer = sgd lr=0.1"));
    }
}
