package nnwb.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.optim.update.Optimizers;

/** Presets: the text format reads back to the same preset, and bad lines are named. */
class OptimPresetTest {

    private static final String TEXT = """
            # Toronto sheet
            title = RMSProp and the minimum-norm solution
            problem = least-squares
            problem.X = 2,1
            problem.t = 2
            steps = 200
            batch = 0
            seed = 4
            noise = 0
            optimizer = sgd lr=0.05
            optimizer = rmsprop lr=0.01 eps=0
            optimizer = adam eps-at=inside bias-correction=false
            """;

    @Test
    void formatReadsBackToAnEqualPreset() {
        OptimPreset p = OptimPreset.parse(TEXT);
        assertEquals("RMSProp and the minimum-norm solution", p.title());
        assertEquals("least-squares", p.problem());
        assertEquals(Map.of("X", "2,1", "t", "2"), p.problemOptions());
        assertEquals(200, p.steps());
        assertEquals(4, p.seed());
        assertEquals(Optimizers.parse("rmsprop", Map.of("lr", "0.01", "eps", "0")), p.optimizers().get(1));
        assertFalse(p.optimizers().get(2).flag("bias-correction"));
        assertEquals(p, OptimPreset.parse(p.format()));
        assertEquals(3, p.request().optimizers().size());
    }

    @Test
    void optimizersAreWrittenWithTheirNonDefaultHyperparameters() {
        assertEquals("adam lr=0.1 amsgrad=true", OptimPreset.formatOptimizer(
                Optimizers.parse("adam", Map.of("lr", "0.1", "amsgrad", "true"))));
        assertEquals("sgd", OptimPreset.formatOptimizer(Optimizers.defaults("sgd")));
    }

    @Test
    void badLinesAreNamed() {
        for (String[] c : List.of(
                new String[] {"problem = quadratic\noptimizer = sgd lr=-1\n", "line 2"},
                new String[] {"problem = quadratic\nsteps = many\noptimizer = sgd\n", "line 2"},
                new String[] {"problem = quadratic\nwhat = 3\noptimizer = sgd\n", "line 2"},
                new String[] {"problem = quadratic\n", "no optimizer"},
                new String[] {"optimizer = sgd\n", "no problem"},
                new String[] {"problem = quadratic\nproblem.cond = 0.5\noptimizer = sgd\n", "cond"})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimPreset.parse(c[0]));
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void topicDataIsTextOrAPath() {
        assertTrue(OptimPreset.looksLikeText(TEXT));
        assertTrue(OptimPreset.looksLikeText("problem = quadratic"));
        assertFalse(OptimPreset.looksLikeText("/home/me/presets/ls.nnopt"));
    }
}
