package nnwb.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnwb.core.json.Json;

/**
 * Turns traces into JSON-ready maps and lists for {@link Json#write}. One trace is
 * <pre>
 * {"optimizer": "adam", "label": "adam lr=0.1", "options": {...}, "stateValuesPerParameter": 2,
 *  "closedFormula": "..." (where one exists),
 *  "steps": [{"step": 0, "params": [..], "loss": .., "state": {"m": [..], "v": [..]}, "closedForm": [..]}, ...],
 *  "final": {"params": [..], "loss": .., "step": .., "diverged": false, "divergedAt": null (the step where it did),
 *            "distanceToMinNorm": .., "nullSpaceNorm": .. (least squares), "distanceToMinimum": .. (where known)}}
 * </pre>
 * A result is {@code {"settings": {...}, "traces": [trace, ...]}}; with a single optimizer the
 * trace's keys ({@code optimizer}, {@code steps}, {@code final}, ...) sit at the top level beside
 * {@code settings} instead. Non-finite numbers become {@code null}.
 */
public final class TraceJson {

    private TraceJson() {
    }

    /** The result, keeping every {@code every}-th step (and always the last). */
    public static Map<String, Object> of(TraceResult r, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, got " + every);
        }
        Map<String, Object> out = Json.object();
        out.put("settings", settings(r.settings()));
        if (r.traces().size() == 1) {
            out.putAll(trace(r.traces().get(0), every));
        } else {
            List<Object> list = new ArrayList<>();
            for (Trace t : r.traces()) {
                list.add(trace(t, every));
            }
            out.put("traces", list);
        }
        return out;
    }

    /** The settings shared by the traces. */
    public static Map<String, Object> settings(TraceSettings s) {
        Map<String, Object> m = Json.object();
        m.put("problem", s.problem());
        m.put("problemOptions", s.problemSettings());
        m.put("paramNames", s.paramNames());
        m.put("steps", s.steps());
        m.put("batch", s.batch());
        m.put("seed", s.seed());
        m.put("noise", s.noise());
        m.put("start", list(s.start()));
        return m;
    }

    /** One trace. */
    public static Map<String, Object> trace(Trace t, int every) {
        Map<String, Object> m = Json.object();
        m.put("optimizer", t.config().name());
        m.put("label", t.config().label());
        m.put("options", t.config().values());
        m.put("stateValuesPerParameter", t.stateNames().size());
        if (t.hasClosedForm()) {
            m.put("closedFormula", t.closedFormula());
        }
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (i % every == 0 || i == t.size() - 1) {
                steps.add(step(t.step(i)));
            }
        }
        m.put("steps", steps);
        m.put("final", fin(t.finalState()));
        return m;
    }

    private static Map<String, Object> step(TraceStep s) {
        Map<String, Object> m = Json.object();
        m.put("step", s.step());
        m.put("params", list(s.params()));
        m.put("loss", s.loss());
        if (!s.state().isEmpty()) {
            Map<String, Object> st = Json.object();
            s.state().forEach((k, v) -> st.put(k, list(v)));
            m.put("state", st);
        }
        if (s.hasClosedForm()) {
            m.put("closedForm", list(s.closedForm()));
        }
        return m;
    }

    private static Map<String, Object> fin(TraceFinal f) {
        Map<String, Object> m = Json.object();
        m.put("params", list(f.params()));
        m.put("loss", f.loss());
        m.put("step", f.step());
        m.put("diverged", f.diverged());
        m.put("divergedAt", f.divergedAt() < 0 ? null : f.divergedAt());
        if (!Double.isNaN(f.distanceToMinNorm())) {
            m.put("distanceToMinNorm", f.distanceToMinNorm());
            m.put("nullSpaceNorm", f.nullSpaceNorm());
        }
        if (!Double.isNaN(f.distanceToMinimum())) {
            m.put("distanceToMinimum", f.distanceToMinimum());
        }
        return m;
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double d : v) {
            l.add(d);
        }
        return l;
    }
}
