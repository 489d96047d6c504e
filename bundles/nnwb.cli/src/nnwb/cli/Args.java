package nnwb.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value} options (repeatable),
 * {@code --flag} switches and positionals. A switch is an option followed by
 * nothing or by another option; commands say which names are switches.
 */
public final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * Parses {@code argv}; names in {@code switches} never take a value
     * ({@code --json}, {@code --help} always are switches).
     */
    public static Args parse(List<String> argv, Set<String> switches) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < argv.size(); i++) {
            String t = argv.get(i);
            if (t.startsWith("--") && t.length() > 2) {
                String name = t.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (!switches.contains(name) && !"json".equals(name) && !"help".equals(name)) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                a.positionals.add(t);
            }
        }
        return a;
    }

    /** Rejects any option not in {@code known} (plus json and help). */
    public Args allowOnly(Set<String> known) throws UsageException {
        for (String name : options.keySet()) {
            if (!known.contains(name) && !"json".equals(name) && !"help".equals(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        return this;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public boolean json() {
        return has("json");
    }

    /** The last value of an option, or null when absent. */
    public String value(String name) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    public String require(String name) throws UsageException {
        String v = value(name);
        if (v == null) {
            throw new UsageException("missing required option --" + name);
        }
        return v;
    }

    public List<String> values(String name) {
        List<String> v = options.get(name);
        return v == null ? List.of() : Collections.unmodifiableList(v);
    }

    /** An integer option, or {@code fallback} when absent; bad numbers are usage errors. */
    public long longValue(String name, long fallback) throws UsageException {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " expects an integer, got '" + v + "'");
        }
    }

    public List<String> positionals() {
        return Collections.unmodifiableList(positionals);
    }
}
