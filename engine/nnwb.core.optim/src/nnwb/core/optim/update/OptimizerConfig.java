package nnwb.core.optim.update;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An optimizer by name with every hyperparameter set: made by {@link Optimizers#parse} or
 * {@link Optimizers#defaults}, values already checked, all keys present (defaults filled in).
 * Values are {@link Double}, {@link Integer}, {@link Boolean} or {@link String}, so the map is
 * JSON-ready.
 *
 * @param name   the registry name, e.g. {@code adam}
 * @param values canonical key → value, in the optimizer's own key order
 */
public record OptimizerConfig(String name, Map<String, Object> values) {

    public OptimizerConfig {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A number hyperparameter. */
    public double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    /** A whole-number hyperparameter. */
    public int integer(String key) {
        return ((Number) get(key)).intValue();
    }

    /** An on/off hyperparameter. */
    public boolean flag(String key) {
        return (Boolean) get(key);
    }

    /** A word hyperparameter. */
    public String choice(String key) {
        return (String) get(key);
    }

    /** The learning rate. */
    public double lr() {
        return number("lr");
    }

    private Object get(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(name + " has no hyperparameter '" + key + "'");
        }
        return v;
    }

    /** A copy with one hyperparameter changed (typed value or text), checked like a parse. */
    public OptimizerConfig with(String key, Object value) {
        HyperParam p = Optimizers.param(name, key);
        Object v = value instanceof String s ? p.parse(name, s) : p.check(name, value);
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(p.key(), v);
        return new OptimizerConfig(name, m);
    }

    /** The name followed by the hyperparameters that differ from the defaults, e.g. {@code adam lr=0.1}. */
    public String label() {
        Map<String, Object> defaults = Optimizers.defaults(name).values();
        StringJoiner j = new StringJoiner(" ");
        j.add(name);
        values.forEach((k, v) -> {
            if (!v.equals(defaults.get(k))) {
                j.add(k + "=" + (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                        ? Long.toString(d.longValue()) : v));
            }
        });
        return j.toString();
    }

    /** How many state values per parameter this configuration keeps. */
    public int stateSlots() {
        return Optimizers.create(this, 1, 1).stateSlots();
    }
}
