package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nnwb.core.optim.update.HyperParam;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimizer registry: names, options, defaults, errors, state counts and many trajectories per call. */
class OptimizerRegistryTest {

    @Test
    void namesAreExactlyTheIssues() {
        assertEquals(List.of("sgd", "momentum", "ema-momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "signsgd", "muon"),
                Optimizers.names());
    }

    @ParameterizedTest
    @CsvSource({"sgd,0", "momentum,1", "ema-momentum,1", "nesterov,1", "adam,2", "adamw,2", "rmsprop,1", "adagrad,1",
        "signsgd,0", "muon,1"})
    void stateValuesPerParameterWithDefaults(String name, int slots) {
        assertEquals(slots, Optimizers.defaults(name).stateSlots());
    }

    @Test
    void optionsChangeTheStateKept() {
        assertEquals(3, Optimizers.parse("adam", Map.of("amsgrad", "true")).stateSlots());
        assertEquals(3, Optimizers.parse("rmsprop", Map.of("momentum", "0.9", "centered", "on")).stateSlots());
        assertEquals(1, Optimizers.parse("signsgd", Map.of("momentum", "0.9")).stateSlots());
        assertEquals(0, Optimizers.parse("muon", Map.of("momentum", "0")).stateSlots());
    }

    @Test
    void everyHyperparameterIsListedWithADefaultThatParses() {
        for (String name : Optimizers.names()) {
            List<HyperParam> ps = Optimizers.params(name);
            assertTrue(ps.stream().map(HyperParam::key).toList().containsAll(List.of("lr", "l2", "wd", "wd-lr")), name);
            for (HyperParam p : ps) {
                assertEquals(p.defaultValue(), p.check(name, p.defaultValue()), name + " " + p.key());
                assertFalse(p.help().isBlank());
            }
            assertFalse(Optimizers.summary(name).isBlank());
        }
    }

    @Test
    void aliasesReachTheCanonicalKey() {
        assertEquals(0.5, Optimizers.parse("momentum", Map.of("beta", "0.5")).number("momentum"));
        assertEquals(0.8, Optimizers.parse("rmsprop", Map.of("alpha", "0.8")).number("beta"));
        assertEquals(0.0, Optimizers.parse("adam", Map.of("epsilon", "0")).number("eps"));
        assertEquals(0.3, Optimizers.parse("ADAM", Map.of("eta", "0.3")).lr());
    }

    @Test
    void adamwIsAdamWithLrScaledDecoupledDecayByDefault() {
        OptimizerConfig w = Optimizers.defaults("adamw");
        assertEquals(0.01, w.number("wd"));
        assertTrue(w.flag("wd-lr"));
        assertEquals(0.0, Optimizers.defaults("adam").number("wd"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "adamm|lr|1|unknown optimizer 'adamm'; choose from sgd, momentum",
        "adam|momentum|0.9|adam has no option 'momentum'; it takes lr, l2, wd, wd-lr, beta1",
        "adam|beta1|1|adam: beta1 must be in [0, 1), got 1",
        "adam|lr|-0.1|adam: lr must be at least 0, got -0.1",
        "adam|lr|fast|adam: lr must be a number, got 'fast'",
        "adam|lr|NaN|adam: lr must be a number, got 'NaN'",
        "adam|eps-at|middle|adam: eps-at must be one of outside, inside, outside-uncorrected, inside-uncorrected, got 'middle'",
        "adam|amsgrad|maybe|adam: amsgrad must be true or false, got 'maybe'",
        "muon|ns-steps|2.5|muon: ns-steps must be a whole number, got '2.5'",
        "muon|ns|7|muon: ns must be one of 3, 5, 5-classic, got '7'"})
    void badOptionsGiveOneLineMessages(String name, String key, String value, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.parse(name, Map.of(key, value)));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void twoAliasesOfOneKeyAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.parse("momentum", Map.of("beta", "0.5", "momentum", "0.6")));
        assertTrue(e.getMessage().contains("both set momentum"), e.getMessage());
    }

    @Test
    void withChangesOneValueAndLabelShowsWhatDiffersFromDefaults() {
        OptimizerConfig c = Optimizers.defaults("adam").with("lr", "0.1").with("beta2", 0.99);
        assertEquals("adam lr=0.1 beta2=0.99", c.label());
        assertEquals("sgd", Optimizers.defaults("sgd").label());
        assertThrows(IllegalArgumentException.class, () -> c.with("beta2", 2.0));
        assertThrows(IllegalArgumentException.class, () -> c.with("nesterov", true));
    }

    @Test
    void severalOptimizersShareOneOptionMap() {
        List<OptimizerConfig> cs = Optimizers.parseAll(List.of("sgd", "momentum", "adam"), Map.of("lr", "0.2", "momentum", "0.5", "beta1", "0.7"));
        assertEquals(0.2, cs.get(0).lr());
        assertEquals(0.5, cs.get(1).number("momentum"));
        assertEquals(0.7, cs.get(2).number("beta1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.parseAll(List.of("sgd", "adam"), Map.of("momentum", "0.5")));
        assertTrue(e.getMessage().contains("taken by none"), e.getMessage());
        // the reason lists what each optimizer does take (issue 23), written out here from Sgd and Adam's tables
        assertTrue(e.getMessage().contains("valid keys for sgd: lr, l2, wd, wd-lr"), e.getMessage());
        assertTrue(e.getMessage().contains("valid keys for adam: lr, l2, wd, wd-lr, beta1, beta2, eps, eps-at, bias-correction, amsgrad"),
                e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.parseAll(List.of("adagrad"), Map.of("foo", "1")));
        assertEquals("option 'foo' is taken by none of adagrad; valid keys for adagrad: lr, l2, wd, wd-lr, eps, eps-at, init, lr-decay",
                one.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "ema-momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "signsgd", "muon"})
    void oneCallAdvancesManyStackedTrajectoriesAsSeparateCallsWould(String name) {
        // 3 trajectories of a 2×2 parameter matrix, stacked
        int d = 4;
        int k = 3;
        OptimizerConfig c = Optimizers.parse(name, Map.of("l2", "0.1", "wd", "0.01"));
        Optimizer stacked = Optimizers.create(c, 2, 2);
        int slots = stacked.stateSlots();
        SplittableRandom rng = new SplittableRandom(1);
        double[] p = new double[k * d];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextGaussian();
        }
        double[][] single = new double[k][];
        double[][] singleState = new double[k][slots * d];
        Optimizer[] singles = new Optimizer[k];
        for (int j = 0; j < k; j++) {
            single[j] = java.util.Arrays.copyOfRange(p, j * d, (j + 1) * d);
            singles[j] = Optimizers.create(c, 2, 2);
        }
        double[] state = new double[slots * k * d];
        for (int t = 1; t <= 4; t++) {
            double[] g = new double[k * d];
            for (int i = 0; i < g.length; i++) {
                g[i] = Math.sin(p[i] * 3 + t) + 0.5 * p[i];
            }
            for (int j = 0; j < k; j++) {
                double[] gj = new double[d];
                for (int i = 0; i < d; i++) {
                    gj[i] = Math.sin(single[j][i] * 3 + t) + 0.5 * single[j][i];
                }
                singles[j].step(single[j], gj, singleState[j], t);
            }
            stacked.step(p, g, state, t);
        }
        for (int j = 0; j < k; j++) {
            assertArrayEquals(single[j], java.util.Arrays.copyOfRange(p, j * d, (j + 1) * d), 1e-15);
        }
    }
}
