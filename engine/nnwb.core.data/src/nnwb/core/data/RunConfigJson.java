package nnwb.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nnwb.core.json.Json;

/**
 * The JSON form of a {@link RunConfig} (a {@code .nnrun} file), with explicit keys: {@code name}, {@code template} |
 * {@code modelFile} | {@code modelText}, {@code symbols}, {@code dataset}, {@code optimizer}, {@code learningRate},
 * {@code momentum}, {@code beta1}, {@code beta2}, {@code epsilon}, {@code weightDecay}, {@code dropout},
 * {@code batch}, {@code epochs}, {@code seed}, {@code backend}, and, when there are per-layer options,
 * {@code layers}: {@code {"conv1": {"frozen": true, "kernels": ["sobel-x", "-1,0,1;-2,0,2;-1,0,1"]}}}. Reading fills absent keys with
 * {@link RunConfig#of}'s defaults and rejects unknown keys and wrong types with a one-line reason.
 */
public final class RunConfigJson {

    static final Set<String> KEYS = Set.of("name", "template", "modelFile", "modelText", "symbols", "dataset", "optimizer",
            "learningRate", "momentum", "beta1", "beta2", "epsilon", "weightDecay", "dropout", "batch", "epochs", "seed",
            "backend", "layers");

    private RunConfigJson() {
    }

    /** The document of {@code c}, keys in the order above (absent model kinds left out). */
    public static Map<String, Object> toMap(RunConfig c) {
        Map<String, Object> m = Json.object();
        m.put("name", c.name());
        if (c.template() != null) {
            m.put("template", c.template());
        }
        if (c.modelFile() != null) {
            m.put("modelFile", c.modelFile());
        }
        if (c.modelText() != null) {
            m.put("modelText", c.modelText());
        }
        Map<String, Object> sym = Json.object();
        c.symbols().forEach(sym::put);
        m.put("symbols", sym);
        m.put("dataset", c.dataset());
        m.put("optimizer", c.optimizer() == null ? null : c.optimizer().label());
        m.put("learningRate", c.learningRate());
        m.put("momentum", c.momentum());
        m.put("beta1", c.beta1());
        m.put("beta2", c.beta2());
        m.put("epsilon", c.epsilon());
        m.put("weightDecay", c.weightDecay());
        m.put("dropout", c.dropout());
        m.put("batch", (long) c.batch());
        m.put("epochs", (long) c.epochs());
        m.put("seed", c.seed());
        m.put("backend", c.backend());
        if (!c.layers().isEmpty()) {
            Map<String, Object> layers = Json.object();
            for (LayerOption o : c.layers()) {
                Map<String, Object> l = Json.object();
                l.put("frozen", o.frozen());
                l.put("kernels", List.copyOf(o.kernels()));
                layers.put(o.layer(), l);
            }
            m.put("layers", layers);
        }
        return m;
    }

    public static String write(RunConfig c) {
        return Json.write(toMap(c));
    }

    /**
     * Reads a configuration; it may still be invalid ({@link RunConfig#validate()}).
     *
     * @throws IllegalArgumentException when the text is not such a JSON object
     */
    public static RunConfig read(String text) {
        Object o = Json.parse(text);
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("a run configuration is a JSON object");
        }
        return fromMap(m);
    }

    /** A configuration from a parsed JSON object. */
    public static RunConfig fromMap(Map<?, ?> m) {
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown key '" + k + "' in the run configuration");
            }
        }
        RunConfig d = RunConfig.of("run", null, "edges");
        Map<String, Long> symbols = new LinkedHashMap<>();
        Object sym = m.get("symbols");
        if (sym != null) {
            if (!(sym instanceof Map<?, ?> sm)) {
                throw new IllegalArgumentException("'symbols' must be an object of whole numbers");
            }
            for (Map.Entry<?, ?> e : sm.entrySet()) {
                if (!(e.getValue() instanceof Long v)) {
                    throw new IllegalArgumentException("symbol '" + e.getKey() + "' must be a whole number");
                }
                symbols.put(String.valueOf(e.getKey()), v);
            }
        }
        String opt = string(m, "optimizer", d.optimizer().label());
        return new RunConfig(string(m, "name", d.name()), string(m, "template", null), string(m, "modelFile", null),
                string(m, "modelText", null), symbols, string(m, "dataset", d.dataset()), Optimizer.parse(opt),
                number(m, "learningRate", d.learningRate()), number(m, "momentum", d.momentum()), number(m, "beta1", d.beta1()),
                number(m, "beta2", d.beta2()), number(m, "epsilon", d.epsilon()), number(m, "weightDecay", d.weightDecay()),
                number(m, "dropout", d.dropout()), whole(m, "batch", d.batch()), whole(m, "epochs", d.epochs()),
                whole(m, "seed", d.seed()), string(m, "backend", d.backend()), layers(m.get("layers")));
    }

    private static List<LayerOption> layers(Object v) {
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Map<?, ?> lm)) {
            throw new IllegalArgumentException("'layers' must be an object of layer names");
        }
        List<LayerOption> out = new java.util.ArrayList<>();
        for (Map.Entry<?, ?> e : lm.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> o)) {
                throw new IllegalArgumentException("layer '" + name + "' must be an object {\"frozen\", \"kernels\"}");
            }
            for (Object k : o.keySet()) {
                if (!"frozen".equals(k) && !"kernels".equals(k)) {
                    throw new IllegalArgumentException("unknown key '" + k + "' for layer '" + name + "' (frozen, kernels)");
                }
            }
            Object f = o.get("frozen");
            if (f != null && !(f instanceof Boolean)) {
                throw new IllegalArgumentException("'frozen' of layer '" + name + "' must be true or false");
            }
            List<String> kernels = new java.util.ArrayList<>();
            Object ks = o.get("kernels");
            if (ks != null) {
                if (!(ks instanceof List<?> kl)) {
                    throw new IllegalArgumentException("'kernels' of layer '" + name + "' must be a list of kernel texts");
                }
                for (Object k : kl) {
                    if (!(k instanceof String t)) {
                        throw new IllegalArgumentException("'kernels' of layer '" + name + "' must be a list of kernel texts");
                    }
                    kernels.add(t);
                }
            }
            out.add(new LayerOption(name, Boolean.TRUE.equals(f), kernels));
        }
        return out;
    }

    private static String string(Map<?, ?> m, String key, String fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return s;
    }

    private static double number(Map<?, ?> m, String key, double fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return n.doubleValue();
    }

    private static int whole(Map<?, ?> m, String key, long fallback) {
        Object v = m.get(key);
        if (v == null) {
            return (int) fallback;
        }
        if (!(v instanceof Long n) || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number");
        }
        return n.intValue();
    }

    /** The keys a configuration file may hold. */
    public static List<String> keys() {
        return List.copyOf(KEYS);
    }
}
