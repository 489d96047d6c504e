package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnwb.core.json.Json;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;

/** The trace runner: a fair comparison, divergence, JSON keys, CSV, validation and speed. */
class TraceRunnerTest {

    private static List<OptimizerConfig> eight() {
        return List.of(Optimizers.parse("sgd", Map.of("lr", "1e-3")), Optimizers.parse("momentum", Map.of("lr", "1e-4")),
                Optimizers.parse("ema-momentum", Map.of("lr", "1e-3")), Optimizers.parse("nesterov", Map.of("lr", "1e-4")),
                Optimizers.parse("adam", Map.of("lr", "0.01")), Optimizers.parse("rmsprop", Map.of("lr", "1e-3")),
                Optimizers.parse("adagrad", Map.of("lr", "0.1")), Optimizers.parse("muon", Map.of("lr", "1e-3")));
    }

    @Test
    void everyOptimizerGetsTheSameStartBudgetAndNoise() {
        Problem p = Problems.parse("least-squares", Map.of("X", "1,2; 3,-1; 0,1; 2,2", "t", "1,0,2,-1"));
        OptimizerConfig sgd = Optimizers.parse("sgd", Map.of("lr", "0.01"));
        TraceResult r = TraceRunner.run(new TraceRequest(p, List.of(sgd, sgd, Optimizers.defaults("adam")), 50, 2, 99, 0.3, new double[] {1, 1}));
        Trace a = r.traces().get(0);
        Trace b = r.traces().get(1);
        for (Trace t : r.traces()) {
            assertEquals(51, t.size());
            assertArrayEquals(new double[] {1, 1}, t.step(0).params());
        }
        for (int i = 0; i < 51; i++) {
            assertArrayEquals(a.step(i).params(), b.step(i).params(), 0, "same seed, same batches and noise");
        }
        TraceResult other = TraceRunner.run(new TraceRequest(p, List.of(sgd), 50, 2, 100, 0.3, new double[] {1, 1}));
        assertNotEquals(a.finalState().params()[0], other.traces().get(0).finalState().params()[0]);
        assertEquals(2, r.settings().batch());
        assertEquals(99, r.settings().seed());
        assertEquals(List.of("w1", "w2"), r.settings().paramNames());
    }

    @Test
    void aDivergingTraceStopsAtTheFirstNonFiniteStep() {
        Problem p = Problems.parse("quadratic", Map.of("scale", "10"));
        Trace t = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.parse("sgd", Map.of("lr", "1e10"))), 1000)).traces().get(0);
        assertTrue(t.finalState().diverged());
        assertTrue(t.size() < 1001);
        assertEquals(t.size() - 1, t.finalState().step());
        Trace ok = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.parse("sgd", Map.of("lr", "0.1"))), 10)).traces().get(0);
        assertFalse(ok.finalState().diverged());
        assertEquals(0, ok.finalState().distanceToMinimum(), 1.1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void singleTraceJsonHasStepsWithStepParamsLossClosedFormAndFinal() {
        Problem p = Problems.parse("constant", Map.of("c", "2"));
        TraceResult r = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.parse("momentum", Map.of("lr", "0.1"))), 3));
        Map<String, Object> json = (Map<String, Object>) Json.parse(Json.write(r.toJson()));
        List<Object> steps = (List<Object>) json.get("steps");
        assertEquals(4, steps.size());
        Map<String, Object> s1 = (Map<String, Object>) steps.get(1);
        assertEquals(1L, ((Number) s1.get("step")).longValue());
        assertEquals(-0.2, ((Number) ((List<Object>) s1.get("params")).get(0)).doubleValue(), 1e-15);
        assertEquals(-0.4, ((Number) s1.get("loss")).doubleValue(), 1e-15);
        assertEquals(-0.2, ((Number) ((List<Object>) s1.get("closedForm")).get(0)).doubleValue(), 1e-15);
        assertEquals(2.0, ((Number) ((List<Object>) ((Map<String, Object>) s1.get("state")).get("m")).get(0)).doubleValue());
        Map<String, Object> fin = (Map<String, Object>) json.get("final");
        assertTrue(fin.containsKey("params") && fin.containsKey("loss"));
        assertEquals("momentum", json.get("optimizer"));
        assertEquals("constant", ((Map<String, Object>) json.get("settings")).get("problem"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalTracesNestUnderTracesAndLeastSquaresReportsTheMinimumNormDistance() {
        Problem p = Problems.defaults("least-squares");
        TraceResult r = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.defaults("sgd"), Optimizers.defaults("adam")), 20));
        Map<String, Object> json = (Map<String, Object>) Json.parse(Json.write(TraceJson.of(r, 5)));
        List<Object> traces = (List<Object>) json.get("traces");
        assertEquals(2, traces.size());
        Map<String, Object> adam = (Map<String, Object>) traces.get(1);
        assertEquals(5, ((List<Object>) adam.get("steps")).size(), "steps 0, 5, 10, 15, 20");
        assertFalse(((Map<String, Object>) ((List<Object>) adam.get("steps")).get(1)).containsKey("closedForm"));
        Map<String, Object> fin = (Map<String, Object>) adam.get("final");
        assertTrue(fin.containsKey("distanceToMinNorm") && fin.containsKey("nullSpaceNorm"));
        assertEquals(2L, ((Number) adam.get("stateValuesPerParameter")).longValue());
    }

    @Test
    void csvFollowsRfc4180() {
        assertEquals("plain", TraceCsv.quote("plain"));
        assertEquals("\"a,b\"", TraceCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TraceCsv.quote("say \"hi\""));
        assertEquals("\"two\r\nlines\"", TraceCsv.quote("two\r\nlines"));
        Problem p = Problems.defaults("quadratic");
        TraceResult r = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.defaults("sgd"), Optimizers.defaults("adam")), 2));
        String csv = TraceCsv.of(r);
        String[] lines = csv.split("\r\n", -1);
        assertEquals("", lines[lines.length - 1], "every record ends with CRLF");
        assertEquals("optimizer,label,step,loss,x,y,m_x,m_y,v_x,v_y,closed_x,closed_y", lines[0]);
        assertEquals(1 + 3 + 3 + 1, lines.length);
        List<String> sgd0 = parseCsvLine(lines[1]);
        assertEquals(List.of("sgd", "sgd", "0", "0.55", "1.0", "1.0", "", "", "", "", "1.0", "1.0"), sgd0);
        List<String> adam2 = parseCsvLine(lines[6]);
        assertEquals("adam", adam2.get(0));
        assertEquals("", adam2.get(10), "adam has no closed form on a quadratic");
    }

    /** A reference RFC 4180 field splitter. */
    private static List<String> parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    @Test
    void badRequestsAreRejectedWithOneLine() {
        Problem p = Problems.defaults("quadratic");
        List<OptimizerConfig> sgd = List.of(Optimizers.defaults("sgd"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(p, sgd, -1, 0, 1, 0, null))
                .getMessage().startsWith("steps must be between 0 and"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(p, List.of(), 10, 0, 1, 0, null))
                .getMessage().contains("no optimizer"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(p, sgd, 10, 0, 1, 0, new double[3]))
                .getMessage().contains("start has 3 values but quadratic has 2 parameters"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(p, sgd, 10, -2, 1, 0, null))
                .getMessage().contains("batch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(p, sgd, 10, 0, 1, Double.NaN, null))
                .getMessage().contains("noise"));
        Problem big = Problems.parse("muon-matrix", Map.of("dout", "64", "din", "64", "samples", "1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TraceRequest(big, sgd, 1_000_000, 0, 1, 0, null))
                .getMessage().startsWith("trace too large"));
    }

    @Test
    void stateSeriesAndClosedFormSeriesAreColumns() {
        Problem p = Problems.parse("constant", Map.of("c", "1"));
        Trace t = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.parse("adam", Map.of("eps", "0"))), 5)).traces().get(0);
        double[] m = t.stateSeries("v", 0);
        assertEquals(6, m.length);
        assertEquals(1 - Math.pow(0.999, 5), m[5], 1e-15);
        assertEquals(-0.005, t.closedFormSeries(0)[5], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> t.stateSeries("q", 0));
        Trace sgd = TraceRunner.run(TraceRequest.of(Problems.defaults("rosenbrock"), List.of(Optimizers.defaults("sgd")), 2)).traces().get(0);
        assertNull(sgd.closedFormSeries(0));
    }

    @Test
    void lossGridSamplesTheContours() {
        Problem p = Problems.defaults("quadratic");
        LossGrid g = LossGrid.sample(p, -1, 1, -2, 2, 3, 5);
        assertEquals(15, g.values().length);
        assertEquals(p.loss(new double[] {1, 2}), g.values()[4 * 3 + 2], 1e-15);
        TraceResult r = TraceRunner.run(TraceRequest.of(p, List.of(Optimizers.defaults("sgd")), 10));
        LossGrid around = LossGrid.around(r, p, 20);
        assertTrue(around.xmin() < 0 && around.xmax() > 1);
        assertThrows(IllegalArgumentException.class, () -> LossGrid.sample(Problems.defaults("nqm"), 0, 1, 0, 1, 3, 3));
    }

    @Test
    void tenThousandStepsOfEightOptimizersIn2dTakeWellUnderTwoHundredMilliseconds() {
        Problem p = Problems.defaults("rosenbrock");
        TraceRequest req = TraceRequest.of(p, eight(), 10_000);
        for (int warm = 0; warm < 5; warm++) {
            TraceRunner.run(req);
        }
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = System.nanoTime();
            TraceResult r = TraceRunner.run(req);
            best = Math.min(best, System.nanoTime() - t0);
            assertEquals(8, r.traces().size());
        }
        System.out.printf("trace 8 optimizers x 10000 steps (rosenbrock): %.1f ms%n", best / 1e6);
        // generous bound for a shared CI machine; BENCHMARKS.md records the measured figure
        assertTrue(best < 1_000_000_000L, best / 1e6 + " ms");
    }
}
