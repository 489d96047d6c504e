package nnwb.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.core.data.RunModel;
import nnwb.core.json.Json;

/**
 * Runs to do elsewhere (a Spark cluster), as a JSON file {@code {"runs": [{"name", "config"}]}}: each run's folder
 * name and its configuration as {@code run.nnrun} holds it. A model file is inlined as model text, since the
 * machine that trains cannot read this one's files.
 */
public final class RunSpecs {

    /** One run: its folder name and configuration. */
    public record Spec(String name, RunConfig config) {

        /** This spec alone as JSON (a Spark task's input). */
        public String json() {
            return Json.write(map(this));
        }
    }

    private RunSpecs() {
    }

    /** The cells of {@code plan} that fit, by cell name (the folder {@link SweepRunner} would write). */
    public static List<Spec> of(SweepPlan plan, Path base) {
        List<Spec> out = new ArrayList<>();
        for (SweepCell c : plan.cells()) {
            if (c.fits()) {
                out.add(new Spec(c.name(), portable(c.run().config(), base)));
            }
        }
        return out;
    }

    /** {@code c} with its model file's text inlined, so another machine can train it. */
    public static RunConfig portable(RunConfig c, Path base) {
        if (c.modelFile() == null || c.modelFile().isBlank()) {
            return c;
        }
        try {
            return c.withModelText(RunModel.text(c, base));
        } catch (IllegalArgumentException e) {
            throw new RunProblem(e.getMessage());
        }
    }

    public static String write(List<Spec> specs) {
        List<Object> runs = new ArrayList<>();
        for (Spec s : specs) {
            runs.add(map(s));
        }
        Map<String, Object> doc = Json.object();
        doc.put("runs", runs);
        return Json.write(doc);
    }

    private static Map<String, Object> map(Spec s) {
        Map<String, Object> m = Json.object();
        m.put("name", s.name());
        m.put("config", RunConfigJson.toMap(s.config()));
        return m;
    }

    /** One spec from {@link Spec#json()}. */
    public static Spec one(String json) {
        return spec(Json.parse(json));
    }

    /**
     * Reads a specs file's text.
     *
     * @throws IllegalArgumentException with a one-line reason when it is not one
     */
    public static List<Spec> read(String text) {
        Object doc;
        try {
            doc = Json.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the run specs are not JSON: " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> m) || !(m.get("runs") instanceof List<?> runs)) {
            throw new IllegalArgumentException("the run specs need {\"runs\": [{\"name\", \"config\"}]}");
        }
        List<Spec> out = new ArrayList<>();
        for (Object o : runs) {
            out.add(spec(o));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the run specs list no run");
        }
        return out;
    }

    private static Spec spec(Object o) {
        if (!(o instanceof Map<?, ?> r) || !(r.get("name") instanceof String name) || !(r.get("config") instanceof Map<?, ?> c)) {
            throw new IllegalArgumentException("each run spec needs a \"name\" and a \"config\"");
        }
        if (!name.matches("[A-Za-z0-9._-]{1,120}") || name.startsWith(".")) {
            throw new IllegalArgumentException("run name '" + name + "' is not a safe folder name");
        }
        return new Spec(name, RunConfigJson.fromMap(c));
    }
}
