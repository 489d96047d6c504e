package nnwb.core.filter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name with parameters as typed by a user: {@code "gaussian:sigma=1.5,size=5"} or {@code "rect:L=7,shift=0"}.
 * Names are case-insensitive ({@code _} and spaces read as {@code -}); parameter keys keep their case but are
 * matched case-insensitively. Typed getters check ranges and throw {@link IllegalArgumentException} naming the
 * parameter.
 *
 * @param name   the normalised name, lower case
 * @param params the raw parameter values by lower-case key, in typed order
 */
public record NamedSpec(String name, Map<String, String> params) {

    public NamedSpec {
        params = Map.copyOf(params);
    }

    /** Parses {@code name[:key=value,key=value...]}; {@code what} names the thing in messages ("kernel"). */
    public static NamedSpec parse(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String name = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT).replaceAll("[_\\s]+", "-");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " '" + t + "' has no name before ':'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (colon >= 0) {
            for (String part : t.substring(colon + 1).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(what + " parameter '" + part.strip() + "' must be written key=value");
                }
                String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (params.put(key, part.substring(eq + 1).strip()) != null) {
                    throw new IllegalArgumentException(what + " parameter '" + key + "' is given twice");
                }
            }
        }
        return new NamedSpec(name, params);
    }

    /** Rejects parameters outside {@code accepted} (lower-case keys), listing what is accepted. */
    public NamedSpec accept(Set<String> accepted) {
        for (String key : params.keySet()) {
            if (!accepted.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for " + name + "; "
                        + (accepted.isEmpty() ? "it takes none" : "accepted: " + String.join(", ", accepted.stream().sorted().toList())));
            }
        }
        return this;
    }

    /** Whether {@code key} was given. */
    public boolean has(String key) {
        return params.containsKey(key);
    }

    /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public int intParam(String key, int fallback, int min, int max) {
        String raw = params.get(key);
        if (raw == null) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + key + " must be a whole number, got '" + raw + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + ": " + key + " must be in " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    /** A decimal parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public double doubleParam(String key, double fallback, double min, double max) {
        String raw = params.get(key);
        if (raw == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": " + key + " must be a number, got '" + raw + "'");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + ": " + key + " must be in " + Num.format(min) + ".."
                    + Num.format(max) + ", got " + raw);
        }
        return v;
    }

    /** A boolean parameter ({@code true/false/yes/no/1/0}), or {@code fallback} when absent. */
    public boolean boolParam(String key, boolean fallback) {
        String raw = params.get(key);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + ": " + key + " must be true or false, got '" + raw + "'");
        };
    }
}
