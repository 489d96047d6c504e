package nnwb.compute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer as the compute service is asked about it: its name and every hyper-parameter by key, in the words of
 * the optimizer tool (e.g. {@code adam} with {@code lr}, {@code beta1}, {@code eps-at}). Values are {@link Double},
 * {@link Integer}, {@link Boolean} or {@link String}.
 *
 * @param name   the optimizer, e.g. {@code adam}
 * @param values hyper-parameter key → value, every key present
 */
public record OptimizerSettings(String name, Map<String, Object> values) {

    public OptimizerSettings {
        if (name == null) {
            throw new IllegalArgumentException("an optimizer needs a name");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A number hyper-parameter. */
    public double number(String key) {
        return ((Number) get(key)).doubleValue();
    }

    /** A whole-number hyper-parameter. */
    public int integer(String key) {
        return ((Number) get(key)).intValue();
    }

    /** An on/off hyper-parameter. */
    public boolean flag(String key) {
        return (Boolean) get(key);
    }

    /** A word hyper-parameter. */
    public String choice(String key) {
        return (String) get(key);
    }

    /** The learning rate ({@code lr}). */
    public double lr() {
        return number("lr");
    }

    private Object get(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(name + " has no hyper-parameter '" + key + "'");
        }
        return v;
    }
}
