package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterMatch;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.UpdaterState;
import nnwb.compute.UpdaterStep;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import nnwb.optim.compute.BackendTrace;
import nnwb.optim.compute.ComputeTraces;
import nnwb.test.harness.ComputeServices;

/**
 * Every ND4J updater stepped against the engine's textbook optimizer, step for step: where ND4J's form
 * differs, the engine configured to ND4J's form (or ND4J configured to the engine's) agrees at tight
 * tolerance, and each difference of form is shown to be real. The service's answers ({@code match},
 * {@code backendNote}) come from {@code nnwb.compute.dl4j.ops.Nd4jForms}; whole traces run through the
 * optimizer tool's glue ({@link ComputeTraces}), as the trace command and view run them.
 */
class Nd4jFormsTest {

    private static final double TOL = 1e-12;

    private static OptimizerConfig opt(String name, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Optimizers.parse(name, m);
    }

    static Stream<Arguments> matched() {
        Problem quad = Problems.parse("quadratic", Map.of("cond", "20", "angle", "30"));
        Problem rosen = Problems.defaults("rosenbrock");
        Problem ls = Problems.parse("least-squares", Map.of("X", "1,2,0; 3,-1,1; 0,1,2; 2,2,-1", "t", "1,0,2,-1"));
        Problem muon = Problems.parse("muon-matrix", Map.of("dout", "6", "din", "3", "samples", "8"));
        return Stream.of(
                Arguments.of("sgd", quad, opt("sgd", "lr", "0.1")),
                Arguments.of("sgd with L2 and decay", ls, opt("sgd", "lr", "0.02", "l2", "0.3", "wd", "0.01")),
                Arguments.of("momentum", quad, opt("momentum", "lr", "0.05", "momentum", "0.8")),
                Arguments.of("momentum with decay times lr", ls, opt("momentum", "lr", "0.01", "wd", "0.1", "wd-lr", "true")),
                Arguments.of("nesterov", rosen, opt("nesterov", "lr", "1e-4", "momentum", "0.9")),
                Arguments.of("adam, ND4J's ε form", rosen, opt("adam", "lr", "0.01", "eps", "1e-3", "eps-at", "outside-uncorrected")),
                Arguments.of("adam, PyTorch's ε form (ε rescaled)", rosen, opt("adam", "lr", "0.01", "eps", "1e-3")),
                Arguments.of("adam, ε = 0", ls, opt("adam", "lr", "0.01", "eps", "0", "eps-at", "inside")),
                Arguments.of("adam with L2", ls, opt("adam", "lr", "0.01", "l2", "0.5")),
                Arguments.of("adamw", ls, opt("adamw", "lr", "0.01", "wd", "0.2", "eps", "1e-2")),
                Arguments.of("adam amsgrad", rosen, opt("adam", "lr", "0.01", "amsgrad", "true", "eps", "1e-2", "eps-at", "outside-uncorrected")),
                Arguments.of("adam amsgrad, PyTorch's ε", rosen, opt("adam", "lr", "0.01", "amsgrad", "true", "eps", "1e-2")),
                Arguments.of("rmsprop", quad, opt("rmsprop", "lr", "0.01", "beta", "0.9", "eps", "1e-2")),
                Arguments.of("adagrad", rosen, opt("adagrad", "lr", "0.1", "eps", "1e-2")),
                Arguments.of("adagrad started at init (a DL4J network's ε)", quad, opt("adagrad", "lr", "0.1", "eps", "1e-6", "init", "1e-6")),
                Arguments.of("ema-momentum", quad, opt("ema-momentum", "lr", "0.1", "momentum", "0.7", "l2", "0.1")),
                Arguments.of("signsgd", quad, opt("signsgd", "lr", "0.01")),
                Arguments.of("signum with decay", ls, opt("signsgd", "lr", "0.01", "momentum", "0.9", "wd", "0.01")),
                Arguments.of("muon quintic", muon, opt("muon", "lr", "0.02")),
                Arguments.of("muon cubic, outer form, no Nesterov", muon, opt("muon", "lr", "0.02", "ns", "3", "ns-form", "outer", "nesterov", "false")),
                Arguments.of("muon classic quintic, Gram form", muon, opt("muon", "lr", "0.05", "ns", "5-classic", "ns-form", "gram", "ns-steps", "8")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matched")
    void theServiceStepsAsTheEngineDoes(String label, Problem problem, OptimizerConfig c) throws Exception {
        ComputeService s = ComputeServices.started();
        UpdaterMatch m = ComputeTraces.match(s, c);
        assertTrue(m.onNd4j(), label + ": " + m.reason());
        for (int batch : new int[] {0, 2}) {
            TraceRequest r = new TraceRequest(problem, List.of(c), 60, batch, 5, 0, null);
            Trace engine = TraceRunner.run(r).traces().get(0);
            BackendTrace nd4j = ComputeTraces.trace(s, r);
            assertEquals(m.stepper(), nd4j.steppedBy().get(0).stepper());
            Trace t = nd4j.result().traces().get(0);
            assertEquals(engine.size(), t.size(), label);
            for (int i = 0; i < engine.size(); i++) {
                double[] e = engine.step(i).params();
                double[] a = t.step(i).params();
                for (int k = 0; k < e.length; k++) {
                    if (Double.isFinite(e[k])) {
                        assertEquals(e[k], a[k], TOL * Math.max(1, Math.abs(e[k])), label + " batch " + batch + " step " + i + " param " + k);
                    } else {
                        assertEquals(Double.isNaN(e[k]), Double.isNaN(a[k]), label + " step " + i + ": both stop at the same non-finite value");
                    }
                }
            }
        }
    }

    @Test
    void nesterovsKeepsTheVelocityMinusLrTimesTheEnginesMomentum() throws Exception {
        OptimizerConfig c = opt("nesterov", "lr", "0.05", "momentum", "0.9");
        TraceRequest r = TraceRequest.of(Problems.parse("quadratic", Map.of("cond", "5")), List.of(c), 20);
        Trace engine = TraceRunner.run(r).traces().get(0);
        Trace nd4j = ComputeTraces.trace(ComputeServices.started(), r).result().traces().get(0);
        assertEquals(List.of("m"), engine.stateNames());
        assertEquals(List.of("v"), nd4j.stateNames());
        double[] m = engine.stateSeries("m", 0);
        double[] v = nd4j.stateSeries("v", 0);
        for (int i = 0; i < m.length; i++) {
            assertEquals(-0.05 * m[i], v[i], 1e-13);
        }
    }

    @Test
    void settingsNdFourJCannotExpressAreSteppedByTheEngineAndSaySo() throws Exception {
        List<OptimizerConfig> cs = List.of(opt("adam", "bias-correction", "false"), opt("adam", "eps-at", "inside"),
                opt("rmsprop", "centered", "true"), opt("rmsprop", "momentum", "0.5"), opt("rmsprop", "eps-at", "inside"),
                opt("adagrad", "lr-decay", "0.1"));
        TraceRequest r = TraceRequest.of(Problems.defaults("quadratic"), cs, 30);
        BackendTrace b = ComputeTraces.trace(ComputeServices.started(), r);
        TraceResult e = TraceRunner.run(r);
        for (int k = 0; k < cs.size(); k++) {
            assertEquals(UpdaterMatch.Route.ENGINE, b.steppedBy().get(k).route(), cs.get(k).label());
            assertArrayEquals(e.traces().get(k).finalState().params(), b.result().traces().get(k).finalState().params(), 0);
        }
    }

    /**
     * The differences of form, recorded: each engine default against ND4J's updater as DL4J configures it,
     * after a few steps on the same gradients. Each difference is real (above 1e-6) and vanishes when the
     * engine is configured to ND4J's form.
     */
    @Test
    void theDifferencesOfFormAreRealAndVanishWhenTheEngineMatches() throws Exception {
        ComputeService s = ComputeServices.started();
        List<String> record = new ArrayList<>();
        // Adam: ε on the corrected √v̂ (PyTorch) against ε on the uncorrected √v (ND4J)
        record.add(compare(s, "adam ε outside √v̂ (PyTorch) vs ND4J Adam", opt("adam", "lr", "0.1", "eps", "0.1"),
                UpdaterSpec.adam(0.1, 0.9, 0.999, 0.1), true));
        record.add(compare(s, "adam ε outside-uncorrected vs ND4J Adam", opt("adam", "lr", "0.1", "eps", "0.1", "eps-at", "outside-uncorrected"),
                UpdaterSpec.adam(0.1, 0.9, 0.999, 0.1), false));
        // ε under the root: no ND4J form
        record.add(compare(s, "rmsprop ε inside the root vs ND4J RmsProp", opt("rmsprop", "lr", "0.1", "eps", "0.1", "eps-at", "inside"),
                UpdaterSpec.rmsProp(0.1, 0.99, 0.1), true));
        record.add(compare(s, "rmsprop ε outside vs ND4J RmsProp", opt("rmsprop", "lr", "0.1", "eps", "0.1"),
                UpdaterSpec.rmsProp(0.1, 0.99, 0.1), false));
        // bias correction off: ND4J always corrects
        record.add(compare(s, "adam without bias correction vs ND4J Adam", opt("adam", "lr", "0.1", "bias-correction", "false"),
                UpdaterSpec.adam(0.1, 0.9, 0.999, 1e-8), true));
        // AdamW: decay times lr = ND4J WeightDecay(applyLR=true); without wd-lr it is applyLR=false
        record.add(compare(s, "adamw (decay ηλ) vs ND4J Adam + WeightDecay(applyLR=false)", opt("adamw", "lr", "0.1", "wd", "0.1", "eps", "0", "eps-at", "outside-uncorrected"),
                UpdaterSpec.adam(0.1, 0.9, 0.999, 0).withWeightDecay(0.1, false), true));
        record.add(compare(s, "adamw (decay ηλ) vs ND4J Adam + WeightDecay(applyLR=true)", opt("adamw", "lr", "0.1", "wd", "0.1", "eps", "0", "eps-at", "outside-uncorrected"),
                UpdaterSpec.adamW(0.1, 0.9, 0.999, 0, 0.1), false));
        // Nesterov: same numbers, other bookkeeping
        record.add(compare(s, "nesterov (PyTorch) vs ND4J Nesterovs", opt("nesterov", "lr", "0.1", "momentum", "0.9"),
                UpdaterSpec.nesterov(0.1, 0.9), false));
        // momentum forms: EMA momentum is heavy ball with η(1 − β), not heavy ball with η
        record.add(compare(s, "ema-momentum vs heavy ball (ND4J arrays)", opt("ema-momentum", "lr", "0.1", "momentum", "0.9"),
                UpdaterSpec.momentum(0.1, 0.9), true));
        record.add(compare(s, "ema-momentum vs heavy ball with η(1 − β)", opt("ema-momentum", "lr", "0.1", "momentum", "0.9"),
                UpdaterSpec.momentum(0.1 * (1 - 0.9), 0.9), false));
        record.forEach(System.out::println);
    }

    /** Steps the engine's {@code c} and ND4J's {@code spec} on the same gradients; asserts they differ or agree. */
    private static String compare(ComputeService s, String what, OptimizerConfig c, UpdaterSpec spec, boolean differ) {
        Problem p = Problems.parse("quadratic", Map.of("cond", "10", "scale", "0.1", "start", "3,-2"));
        Optimizer engine = Optimizers.create(c, 1, 2);
        double[] pe = p.start();
        double[] se = new double[engine.stateSlots() * 2];
        double[] pn = p.start();
        UpdaterState st = s.newUpdaterState(spec, 2);
        double max = 0;
        for (int t = 1; t <= 10; t++) {
            double[] g = new double[2];
            p.gradient(pe, g);
            engine.step(pe, g, se, t);
            p.gradient(pn, g);
            UpdaterStep step = s.step(spec, pn, g, st);
            pn = step.parameters();
            st = step.state();
            for (int i = 0; i < 2; i++) {
                max = Math.max(max, Math.abs(pe[i] - pn[i]));
            }
        }
        if (differ) {
            assertTrue(max > 1e-6, what + ": expected a difference, max |Δp| = " + max);
        } else {
            assertTrue(max < 1e-12, what + ": expected agreement, max |Δp| = " + max);
        }
        return String.format("form difference: %-70s max |Δp| over 10 steps = %.3g", what, max);
    }

    @Test
    void theServiceDescribesItsFormsAndRefusesToStepWhatNd4jCannotExpress() throws Exception {
        ComputeService s = ComputeServices.started();
        assertTrue(s.backendNote("adam").contains("ND4J Adam"), s.backendNote("adam"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.backendNote("no-such"));
        OptimizerConfig inside = opt("adam", "eps-at", "inside");
        assertEquals(UpdaterMatch.Route.ENGINE, ComputeTraces.match(s, inside).route());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.trace(steppers -> steppers.create(ComputeTraces.settings(inside), 1, 2)));
        assertTrue(e.getMessage().contains("outside the square root"), e.getMessage());
        assertEquals(List.of("m", "v"), s.trace(steppers -> steppers.create(ComputeTraces.settings(opt("adam")), 1, 2)
                .stateNames()));
    }

    @Test
    void aCancelledTraceEndsWithCancellation() throws Exception {
        ComputeService s = ComputeServices.started();
        TraceRequest r = TraceRequest.of(Problems.defaults("rosenbrock"), List.of(opt("adam")), 100_000);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> ComputeTraces.trace(s, r, () -> asked.incrementAndGet() > 50));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals(51, asked.get());
    }

    @Test
    void oneCallAdvancesManyTrajectoriesAsSeparateCallsWould() throws Exception {
        ComputeService s = ComputeServices.started();
        int k = 64;
        int d = 3;
        java.util.Random r = new java.util.Random(3);
        UpdaterSpec spec = UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8).withL2(0.1);
        double[] all = new double[k * d];
        double[] grads = new double[k * d];
        for (int i = 0; i < all.length; i++) {
            all[i] = r.nextGaussian();
            grads[i] = r.nextGaussian();
        }
        UpdaterStep together = s.step(spec, all, grads, s.newUpdaterState(spec, k * d));
        for (int j = 0; j < k; j++) {
            double[] pj = java.util.Arrays.copyOfRange(all, j * d, (j + 1) * d);
            double[] gj = java.util.Arrays.copyOfRange(grads, j * d, (j + 1) * d);
            UpdaterStep alone = s.step(spec, pj, gj, s.newUpdaterState(spec, d));
            assertArrayEquals(alone.parameters(), java.util.Arrays.copyOfRange(together.parameters(), j * d, (j + 1) * d), 0);
        }
    }

    @Test
    void perCallCostAndTheSpeedTarget() throws Exception {
        ComputeService s = ComputeServices.started();
        UpdaterSpec spec = UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8);
        double[] p = {1, 2};
        double[] g = {0.1, -0.2};
        UpdaterState st = s.newUpdaterState(spec, 2);
        for (int i = 0; i < 2000; i++) {
            st = s.step(spec, p, g, st).state();
        }
        int calls = 5000;
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            st = s.step(spec, p, g, st).state();
        }
        double perCall = (System.nanoTime() - t0) / 1e3 / calls;
        double[] big = new double[8 * 10_000];
        UpdaterState sb = s.newUpdaterState(spec, big.length);
        long t1 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            sb = s.step(spec, big, big, sb).state();
        }
        double perBatched = (System.nanoTime() - t1) / 1e3 / 100;
        List<OptimizerConfig> eight = List.of(opt("sgd", "lr", "1e-3"), opt("momentum", "lr", "1e-4"),
                opt("ema-momentum", "lr", "1e-3"), opt("nesterov", "lr", "1e-4"), opt("adam", "lr", "0.01"),
                opt("rmsprop", "lr", "1e-3"), opt("adagrad", "lr", "0.1"), opt("muon", "lr", "1e-3"));
        int steps = Integer.getInteger("nnwb.bench.traceSteps", 2_000);
        TraceRequest req = TraceRequest.of(Problems.defaults("rosenbrock"), eight, steps);
        ComputeTraces.trace(s, req);
        long best = Long.MAX_VALUE;
        long inService = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t2 = System.nanoTime();
            BackendTrace b = ComputeTraces.trace(s, req);
            best = Math.min(best, System.nanoTime() - t2);
            inService = Math.min(inService, b.nanos());
            assertEquals(8, b.result().traces().size());
        }
        long engineBest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t3 = System.nanoTime();
            TraceRunner.run(req);
            engineBest = Math.min(engineBest, System.nanoTime() - t3);
        }
        System.out.printf("ND4J updater step, 2 parameters: %.1f us per service call%n", perCall);
        System.out.printf("ND4J updater step, 80000 parameters (8 x 10000 trajectories of one parameter) in one call: %.1f us%n", perBatched);
        System.out.printf("trace 8 optimizers x %d steps (rosenbrock) inside the service: %.0f ms (worker %.0f ms, %.1f us per optimizer step); engine %.1f ms%n",
                steps, best / 1e6, inService / 1e6, inService / 1e3 / (8.0 * steps), engineBest / 1e6);
        assertTrue(perCall > 0 && best > 0);
    }
}
