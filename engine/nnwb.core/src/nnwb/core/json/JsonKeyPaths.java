package nnwb.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key paths of a parsed JSON document, sorted ({@code layers[].name}), as releng/smoke/json-keys/keypaths.py
 * prints them: the public interface of the {@code --json} commands is recorded and checked as these sets.
 */
public final class JsonKeyPaths {

    private JsonKeyPaths() {
    }

    /** Every key path of {@code json} (maps and lists as {@link Json#parse} gives them), sorted. */
    public static List<String> of(Object json) {
        Set<String> out = new TreeSet<>();
        paths(json, "", out);
        return new ArrayList<>(out);
    }

    private static void paths(Object v, String prefix, Set<String> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String p = prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey();
                out.add(p);
                paths(e.getValue(), p, out);
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                paths(x, prefix + "[]", out);
            }
        }
    }
}
