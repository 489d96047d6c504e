package nnwb.core.optim.update;

import java.util.List;
import java.util.Locale;

/**
 * One editable hyperparameter of an optimizer: its key, default, allowed values and a line of help.
 * Numbers must be finite and lie in {@code [min, max]} ({@code [min, max)} when {@code maxOpen}).
 *
 * @param key          the canonical key, e.g. {@code beta1}
 * @param type         what kind of value it takes
 * @param defaultValue a {@link Double}, {@link Integer}, {@link Boolean} or {@link String} (for choices)
 * @param min          smallest allowed number
 * @param max          largest allowed number
 * @param maxOpen      whether {@code max} itself is excluded
 * @param choices      allowed words for {@link Type#CHOICE}
 * @param aliases      other keys accepted for it (e.g. {@code beta} for {@code momentum})
 * @param help         one line for users
 */
public record HyperParam(String key, Type type, Object defaultValue, double min, double max, boolean maxOpen,
        List<String> choices, List<String> aliases, String help) {

    /** What kind of value a hyperparameter takes. */
    public enum Type {
        NUMBER, INTEGER, BOOLEAN, CHOICE
    }

    public HyperParam {
        choices = List.copyOf(choices);
        aliases = List.copyOf(aliases);
    }

    /** A number in {@code [min, max]}. */
    public static HyperParam number(String key, double def, double min, double max, String help, String... aliases) {
        return new HyperParam(key, Type.NUMBER, def, min, max, false, List.of(), List.of(aliases), help);
    }

    /** A non-negative number. */
    public static HyperParam nonNegative(String key, double def, String help, String... aliases) {
        return number(key, def, 0, Double.MAX_VALUE, help, aliases);
    }

    /** A decay rate in {@code [0, 1)}. */
    public static HyperParam rate(String key, double def, String help, String... aliases) {
        return new HyperParam(key, Type.NUMBER, def, 0, 1, true, List.of(), List.of(aliases), help);
    }

    /** A whole number in {@code [min, max]}. */
    public static HyperParam integer(String key, int def, int min, int max, String help) {
        return new HyperParam(key, Type.INTEGER, def, min, max, false, List.of(), List.of(), help);
    }

    /** {@code true} or {@code false}. */
    public static HyperParam flag(String key, boolean def, String help) {
        return new HyperParam(key, Type.BOOLEAN, def, 0, 0, false, List.of(), List.of(), help);
    }

    /** One of a few words. */
    public static HyperParam choice(String key, String def, List<String> choices, String help) {
        return new HyperParam(key, Type.CHOICE, def, 0, 0, false, choices, List.of(), help);
    }

    /** This hyperparameter with another default. */
    public HyperParam withDefault(Object def) {
        return new HyperParam(key, type, def, min, max, maxOpen, choices, aliases, help);
    }

    /** Whether {@code name} is this key or one of its aliases. */
    public boolean answersTo(String name) {
        return key.equals(name) || aliases.contains(name);
    }

    /** Parses typed text into a checked value; {@code owner} names the optimizer in messages. */
    public Object parse(String owner, String text) {
        String s = text == null ? "" : text.strip();
        return switch (type) {
            case NUMBER -> check(owner, parseNumber(owner, s));
            case INTEGER -> {
                try {
                    yield check(owner, Integer.parseInt(s));
                } catch (NumberFormatException e) {
                    throw bad(owner, "a whole number", s);
                }
            }
            case BOOLEAN -> switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes", "1" -> Boolean.TRUE;
                case "false", "off", "no", "0" -> Boolean.FALSE;
                default -> throw bad(owner, "true or false", s);
            };
            case CHOICE -> check(owner, s.toLowerCase(Locale.ROOT));
        };
    }

    private double parseNumber(String owner, String s) {
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw bad(owner, "a number", s);
        }
        return Double.parseDouble(s);
    }

    /** Checks an already typed value (a number, boolean or word) and returns it in canonical type. */
    public Object check(String owner, Object value) {
        switch (type) {
            case NUMBER, INTEGER -> {
                if (!(value instanceof Number n)) {
                    throw bad(owner, type == Type.NUMBER ? "a number" : "a whole number", String.valueOf(value));
                }
                double d = n.doubleValue();
                if (type == Type.INTEGER && d != Math.rint(d)) {
                    throw bad(owner, "a whole number", String.valueOf(value));
                }
                if (!Double.isFinite(d) || d < min || d > max || (maxOpen && d == max)) {
                    throw new IllegalArgumentException(owner + ": " + key + " must be " + range() + ", got " + value);
                }
                return type == Type.NUMBER ? (Object) d : (Object) (int) d;
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw bad(owner, "true or false", String.valueOf(value));
                }
                return value;
            }
            default -> {
                String w = String.valueOf(value).toLowerCase(Locale.ROOT);
                if (!choices.contains(w)) {
                    throw new IllegalArgumentException(owner + ": " + key + " must be one of "
                            + String.join(", ", choices) + ", got '" + value + "'");
                }
                return w;
            }
        }
    }

    /** The allowed values in words, e.g. {@code in [0, 1)}. */
    public String range() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            default -> max == Double.MAX_VALUE ? "at least " + fmt(min)
                    : "in [" + fmt(min) + ", " + fmt(max) + (maxOpen ? ")" : "]");
        };
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private IllegalArgumentException bad(String owner, String what, String got) {
        return new IllegalArgumentException(owner + ": " + key + " must be " + what + ", got '" + got + "'");
    }
}
